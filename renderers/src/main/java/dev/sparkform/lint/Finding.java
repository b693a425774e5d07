package dev.sparkform.lint;

/**
 * One thing {@code sparkform lint} found.
 *
 * @param rule the rule, whose {@link Rule#id() id} is stable across versions
 * @param severity usually the rule's; a rule may report a milder case at a lower one
 * @param path where: {@code stack analytics > spark application etl > executor}, or an object and
 *     its field: {@code Role spark-jobs/etl rules[0]}
 * @param message what is wrong, for people
 * @param fix one line saying how to put it right
 */
public record Finding(Rule rule, Severity severity, String path, String message, String fix) {

  static Finding of(Rule rule, String path, String message) {
    return new Finding(rule, rule.severity(), path, message, rule.fix());
  }

  /** {@code error pod/seccomp: PATH: MESSAGE} then the fix on the next line. */
  public String toText() {
    return severity.label() + " " + rule.id() + ": " + path + ": " + message + "\n  fix: " + fix;
  }
}
