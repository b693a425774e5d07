package dev.sparkform.compile;

import dev.sparkform.dsl.HistoryServer;
import dev.sparkform.dsl.Namespace;
import dev.sparkform.dsl.ResourceQuota;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A namespace's Spark pods summed over all its apps — a ResourceQuota limits the whole namespace,
 * not one app — at everyone's fewest and at everyone's most executors (the worst case: every app
 * running at once), checked against every hard limit of the namespace's quotas in the stack, and
 * for pods Kubernetes would refuse because a quota limits CPU or memory and they set no such limit.
 */
public final class NamespacePlan {
  private final String namespace;
  private final List<String> apps;
  private final List<PodLine> lines;
  private final List<ResourceQuota> quotas;
  private final PodTotals atMin;
  private final Optional<PodTotals> atMax;
  private final List<Refusal> refusals = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private final int historyServers;

  private NamespacePlan(String namespace, List<Explanation> apps, List<PodLine> historyServers,
      List<ResourceQuota> quotas) {
    this.namespace = namespace;
    this.apps = apps.stream().map(Explanation::app).toList();
    this.historyServers = historyServers.size();
    List<PodLine> all = new ArrayList<>(apps.stream().flatMap(e -> e.pods().stream()).toList());
    all.addAll(historyServers);
    this.lines = List.copyOf(all);
    this.quotas = quotas;
    this.atMin = PodTotals.of(lines, false).orElseThrow();
    this.atMax = PodTotals.of(lines, true);
    check();
  }

  /**
   * Pods Kubernetes would refuse to create: an app's {@code role} pods lack the {@code limit}
   * ({@code limits.cpu}, {@code limits.memory}) that {@code quota} counts.
   */
  public record Refusal(String app, String role, String quota, String limit, String message) {}

  /**
   * One plan per namespace that has Spark apps (or history servers, which count too), in the order of
   * the apps in the (valid) stack.
   */
  public static List<NamespacePlan> of(Stack stack) {
    return from(stack, Explanation.of(stack));
  }

  /** As {@link #of(Stack)}, with the pods {@code target} runs (spark-submit adds submitting Jobs' pods). */
  public static List<NamespacePlan> of(Stack stack, Target target) {
    return from(stack, Explanation.of(stack, target, Optional.empty()));
  }

  static List<NamespacePlan> from(Stack stack, List<Explanation> apps) {
    Map<String, List<Explanation>> byNamespace = apps.stream()
        .collect(Collectors.groupingBy(Explanation::namespace, LinkedHashMap::new, Collectors.toList()));
    Map<String, List<PodLine>> servers = new LinkedHashMap<>();
    for (StackResource r : stack.allResources()) {
      if (r instanceof HistoryServer h) {
        String ns = stack.namespaceOf(h);
        servers.computeIfAbsent(ns, k -> new ArrayList<>()).add(ServerPods.line(h.name(), "history server", h.server()));
        byNamespace.putIfAbsent(ns, List.of());
      }
    }
    Map<String, Namespace> declared = declared(stack);
    List<NamespacePlan> out = new ArrayList<>();
    byNamespace.forEach((ns, its) -> out.add(new NamespacePlan(ns, its, servers.getOrDefault(ns, List.of()),
        Optional.ofNullable(declared.get(ns)).map(Namespace::quotas).orElse(List.of()))));
    return out;
  }

  /** The namespaces the stack declares, by name. */
  static Map<String, Namespace> declared(Stack stack) {
    Map<String, Namespace> out = new LinkedHashMap<>();
    for (StackResource r : stack.allResources()) {
      if (r instanceof Namespace n) {
        out.put(n.name(), n);
      }
    }
    return out;
  }

  private void check() {
    for (ResourceQuota q : quotas) {
      String quota = "ResourceQuota " + q.name() + " of namespace " + namespace;
      boolean cpuLimited = q.limits().flatMap(r -> r.cpu()).isPresent();
      boolean memoryLimited = q.limits().flatMap(r -> r.memory()).isPresent();
      for (PodLine l : lines) {
        // Kubernetes refuses a pod that lacks a limit a quota of its namespace counts.
        String pods = (l.role().equals("history server") ? "" : "app ") + l.app() + "'s " + l.role() + (l.single() ? " pod sets" : " pods set");
        String refused = ": Kubernetes will refuse to create " + (l.single() ? "it" : "them");
        if (cpuLimited && l.cpuLimit().isEmpty()) {
          refusals.add(new Refusal(l.app(), l.role(), quota, "limits.cpu", pods + " no CPU limit, but " + quota
              + " sets limits.cpu" + refused + " (set " + l.cpuLimitSetting() + " or a LimitRange default)"));
        }
        if (memoryLimited && l.memoryLimit().isEmpty()) {
          refusals.add(new Refusal(l.app(), l.role(), quota, "limits.memory", pods + " no memory limit, but " + quota
              + " sets limits.memory" + refused));
        }
      }
      for (HardLimit h : HardLimit.of(q)) {
        if (h.exceededBy(atMin)) {
          warnings.add(h.totalOf(atMin) + " at everyone's min already exceeds " + quota + " " + h.limitAndExcess(atMin));
        } else if (atMax.isPresent() && h.exceededBy(atMax.get())) {
          warnings.add(h.totalOf(atMax.get()) + " at everyone's max exceeds " + quota + " "
              + h.limitAndExcess(atMax.get()));
        }
      }
    }
  }

  public String namespace() {
    return namespace;
  }

  public List<String> apps() {
    return apps;
  }

  public List<PodLine> pods() {
    return lines;
  }

  public PodTotals atMin() {
    return atMin;
  }

  /** Empty when an app's executors have no upper bound. */
  public Optional<PodTotals> atMax() {
    return atMax;
  }

  /** Pods Kubernetes would refuse to create. */
  public List<String> errors() {
    return refusals.stream().map(Refusal::message).toList();
  }

  /** The same, each with the app, pods and quota limit it is about. */
  public List<Refusal> refusals() {
    return List.copyOf(refusals);
  }

  /** Totals over a quota's hard limit. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** This namespace's section of the report. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("namespace ").append(namespace).append(": Spark pods of ").append(apps.size())
        .append(apps.size() == 1 ? " app" : " apps")
        .append(historyServers == 0 ? "" : historyServers == 1 ? " and 1 history server" : " and " + historyServers
            + " history servers")
        .append(" (other pods there count against its quotas too)\n");
    int width = lines.stream().mapToInt(l -> l.app().length() + l.role().length() + 2).max().orElse(0);
    lines.forEach(l -> sb.append("  ").append(l.toText(width)).append('\n'));
    sb.append("  at everyone's min: ").append(atMin.toText()).append('\n');
    sb.append("  at everyone's max: ").append(atMax.map(PodTotals::toText).orElse(
        "unbounded (dynamic allocation without maxExecutors: " + unbounded(lines) + ")")).append('\n');
    sb.append("    (the worst case: every app running at once, each with its most executors)\n");
    if (quotas.isEmpty()) {
      sb.append("  no ResourceQuota for namespace ").append(namespace).append(" in the stack\n");
    }
    for (ResourceQuota q : quotas) {
      List<HardLimit> hard = HardLimit.of(q);
      sb.append("  ResourceQuota ").append(q.name()).append(": ").append(hard.isEmpty() ? "limits no CPU, memory or pods"
          : hard.stream().map(HardLimit::limitText).collect(Collectors.joining(", "))).append('\n');
    }
    errors().forEach(e -> sb.append("error: ").append(e).append('\n'));
    warnings.forEach(w -> sb.append("warning: ").append(w).append('\n'));
    return sb.toString();
  }

  /** The apps whose pods have no upper bound, for people: {@code app a, app b}. */
  static String unbounded(List<PodLine> lines) {
    return lines.stream().filter(l -> l.maxCount().isEmpty()).map(l -> "app " + l.app()).distinct()
        .collect(Collectors.joining(", "));
  }
}
