package dev.sparkform.apply;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.sparkform.render.YamlRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan for people (per-object unified YAML diff, Secret values masked, summary line; optional
 * ANSI colour) and for programs (JSON).
 */
public final class PlanFormatter {
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String CYAN = "\u001b[36m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private PlanFormatter() {}

  public static String text(Plan plan) {
    return text(plan, false);
  }

  /** The plan as text; {@code colour} adds ANSI colours (callers decide: a TTY and no NO_COLOR). */
  public static String text(Plan plan, boolean colour) {
    StringBuilder sb = new StringBuilder();
    for (Change c : plan.changes()) {
      if (c.action() == Action.NOOP) {
        if (!c.note().isEmpty()) {
          sb.append("  ").append(c.ref()).append(": ").append(c.note()).append('\n');
        }
        continue;
      }
      String head = c.action().symbol() + " " + c.action().verb() + " " + c.ref()
          + (c.note().isEmpty() ? "" : " (" + c.note() + ")");
      sb.append(colour ? BOLD + head + RESET : head).append('\n');
      for (String line : diff(c)) {
        sb.append("    ").append(colour ? paint(line) : line).append('\n');
      }
    }
    for (String w : plan.warnings()) {
      sb.append("Warning: ").append(w).append('\n');
    }
    if (!plan.errors().isEmpty()) {
      sb.append("Errors (nothing will be written until they are fixed):\n");
      for (String e : plan.errors()) {
        sb.append("  - ").append(e).append('\n');
      }
    }
    if (!plan.hasChanges() && plan.errors().isEmpty()) {
      sb.append(plan.parentOutdated()
          ? "No changes to the stack's objects; its ApplySet parent " + plan.applySet().parent()
              + " will be written (inventory only).\n"
          : "No changes: the cluster matches stack " + plan.stack() + ".\n");
    }
    sb.append(plan.summary()).append(".\n");
    return sb.toString();
  }

  /** The unified diff of one change, live (projected onto our fields) to desired, as lines. */
  public static List<String> diff(Change c) {
    SecretMask.Views masked = SecretMask.mask(c.ref(), c.before(), c.after());
    List<String> before = lines(masked.before());
    List<String> after = lines(masked.after());
    List<String> out = UnifiedDiffUtils.generateUnifiedDiff("live", "desired", before,
        DiffUtils.diff(before, after), 3);
    return out.size() > 2 ? out.subList(2, out.size()) : out; // the ---/+++ header says nothing here
  }

  private static List<String> lines(Map<String, Object> object) {
    if (object == null) {
      return new ArrayList<>();
    }
    return new ArrayList<>(Arrays.asList(YamlRenderer.renderData(object).split("\n")));
  }

  private static String paint(String line) {
    if (line.startsWith("+")) {
      return GREEN + line + RESET;
    }
    if (line.startsWith("-")) {
      return RED + line + RESET;
    }
    return line.startsWith("@@") ? CYAN + line + RESET : line;
  }

  /** The plan as JSON: summary counts, errors, and each change with its diff lines. */
  public static String json(Plan plan) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stack", plan.stack());
    out.put("applySetId", plan.applySet().id());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("add", plan.count(Action.CREATE));
    summary.put("change", plan.count(Action.UPDATE));
    summary.put("replace", plan.count(Action.REPLACE));
    summary.put("prune", plan.count(Action.DELETE));
    summary.put("unchanged", plan.count(Action.NOOP));
    out.put("summary", summary);
    out.put("errors", plan.errors());
    out.put("warnings", plan.warnings());
    List<Object> changes = new ArrayList<>();
    for (Change c : plan.changes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("action", c.action().verb());
      m.put("apiVersion", c.ref().apiVersion());
      m.put("kind", c.ref().kind());
      m.put("group", c.ref().group());
      m.put("namespace", c.ref().namespace());
      m.put("name", c.ref().name());
      if (!c.note().isEmpty()) {
        m.put("note", c.note());
      }
      if (!c.immutableFields().isEmpty()) {
        m.put("immutableFields", c.immutableFields());
      }
      m.put("diff", c.action() == Action.NOOP ? List.of() : diff(c));
      changes.add(m);
    }
    out.put("changes", changes);
    return Plain.JSON.asJson(out) + "\n";
  }
}
