package dev.sparkform.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One case of the ownership properties: stack {@value #STACK} with its parent in
 * {@code namespace}, its versions, the foreign objects there before sparkform runs, and the
 * operations run in order.
 */
record Scenario(String namespace, List<StackSpec> versions, List<ForeignSpec> foreign, List<Step> steps) {
  static final String STACK = "s";

  /** Foreign objects unique by ref (a second create would fail); steps name existing versions. */
  Scenario {
    Map<ObjectRef, ForeignSpec> unique = new LinkedHashMap<>();
    foreign.forEach(f -> unique.putIfAbsent(f.ref(), f));
    foreign = List.copyOf(unique.values());
    int n = versions.size();
    steps = steps.stream().map(s -> s instanceof Step.Apply a
        ? new Step.Apply(a.version() % n, a.adopt(), a.allowReplace()) : s).toList();
    versions = List.copyOf(versions);
  }

  ApplySet applySet() {
    return ApplySet.forStack(STACK, namespace);
  }

  /** How many foreign objects have the ref of an object some version declares. */
  long collisions() {
    return foreign.stream().filter(f -> versions.stream().anyMatch(v -> v.refs().contains(f.ref()))).count();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("stack " + STACK + " in " + namespace + "\n");
    for (int i = 0; i < versions.size(); i++) {
      out.append("  v").append(i).append(": ").append(versions.get(i)).append('\n');
    }
    out.append("  foreign: ").append(foreign).append('\n');
    out.append("  steps: ").append(steps.stream().map(Step::toString).collect(Collectors.joining("; ")));
    return out.toString();
  }
}
