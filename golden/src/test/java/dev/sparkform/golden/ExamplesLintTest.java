package dev.sparkform.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sparkform.compile.Target;
import dev.sparkform.examples.Example;
import dev.sparkform.lint.Finding;
import dev.sparkform.lint.Lint;
import dev.sparkform.lint.LintReport;
import dev.sparkform.lint.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped example is lint-clean on every target it compiles for: no error and no warning
 * (infos, such as images without a digest, are allowed).
 *
 * <p>Except, for now, the Pod Security "restricted" rules ({@code pod/*}): most examples' pods do
 * not yet set restricted security contexts (the restricted-by-default work does). Once every
 * example's pods are restricted, drop {@link #NOT_YET_CHECKED} so this test holds them to it.
 */
class ExamplesLintTest {
  static final java.util.function.Predicate<Finding> NOT_YET_CHECKED = f -> f.rule().podSecurity();

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#compiling")
  void hasNoErrorsOrWarnings(Example example, Target target) {
    LintReport report = Lint.of(example.define(), target, Rendering.objects(example, target))
        .filter(NOT_YET_CHECKED.negate());
    List<Finding> bad = report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    assertEquals(List.of(), bad, report.toText());
  }
}
