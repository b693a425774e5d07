package dev.sparkform.lint;

import dev.sparkform.compile.Target;
import dev.sparkform.render.JsonRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** What {@link Lint} found in one stack for one target: errors first, then warnings, then infos. */
public final class LintReport {
  private final String stack;
  private final Target target;
  private final List<Finding> findings;

  LintReport(String stack, Target target, List<Finding> findings) {
    this.stack = stack;
    this.target = target;
    // stable within a severity: the order the rules ran in, objects in install order
    this.findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
  }

  public List<Finding> findings() {
    return findings;
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** The same report with only the findings {@code keep} accepts. */
  public LintReport filter(Predicate<Finding> keep) {
    return new LintReport(stack, target, findings.stream().filter(keep).toList());
  }

  /** One finding per two lines, then a summary line. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    findings.forEach(f -> sb.append(f.toText()).append('\n'));
    sb.append("lint of stack ").append(stack).append(" for ").append(target.cliName()).append(": ")
        .append(count(Severity.ERROR)).append(" errors, ").append(count(Severity.WARNING)).append(" warnings, ")
        .append(count(Severity.INFO)).append(" infos\n");
    return sb.toString();
  }

  /**
   * One JSON document: {@code {"stack", "target", "errors", "warnings", "infos", "findings": [{"id",
   * "severity", "path", "message", "fix"}]}}.
   */
  public String toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("stack", stack);
    doc.put("target", target.cliName());
    doc.put("errors", count(Severity.ERROR));
    doc.put("warnings", count(Severity.WARNING));
    doc.put("infos", count(Severity.INFO));
    List<Object> items = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", f.rule().id());
      item.put("severity", f.severity().label());
      item.put("path", f.path());
      item.put("message", f.message());
      item.put("fix", f.fix());
      items.add(item);
    }
    doc.put("findings", items);
    return JsonRenderer.renderData(doc);
  }
}
