package dev.sparkform.apply;

import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/**
 * Plans and applies stacks on one cluster.
 *
 * <pre>{@code
 * Engine engine = Engine.on(client);                  // or Sandbox.start().engine()
 * Plan plan = engine.plan(stack, PlanOptions.defaults());
 * System.out.print(PlanFormatter.text(plan));         // the diff; nothing written yet
 * ApplyReport report = engine.apply(plan);            // writes, in install order
 * }</pre>
 */
public final class Engine {
  private final Cluster cluster;
  private final WriteStrategy strategy;
  private final int parallelism;
  private final java.time.Duration establishTimeout;
  private final Waiter waiter;
  /** Whether plans dry-run their writes; null: decided at the first plan, by what the server says it is. */
  private Boolean dryRunPlans;

  private Engine(Cluster cluster, WriteStrategy strategy, int parallelism, java.time.Duration establishTimeout,
      Waiter waiter, Boolean dryRunPlans) {
    this.cluster = cluster;
    this.strategy = strategy;
    this.parallelism = parallelism;
    this.establishTimeout = establishTimeout;
    this.waiter = waiter;
    this.dryRunPlans = dryRunPlans;
  }

  /**
   * An engine writing with the client-side strategy (works on every server), one object at a time,
   * waiting up to a minute for CRDs it writes to be Established before their custom resources.
   */
  public static Engine on(KubernetesClient client) {
    Cluster cluster = new Cluster(client);
    return new Engine(cluster, WriteStrategy.clientSide(client), 1, java.time.Duration.ofMinutes(1),
        new Waiter(cluster, java.time.Duration.ofSeconds(1), System::nanoTime, d -> Thread.sleep(d.toMillis())), null);
  }

  public Engine withStrategy(WriteStrategy strategy) {
    return new Engine(cluster, strategy, parallelism, establishTimeout, waiter, dryRunPlans);
  }

  /** How long to wait for a written CRD to be Established; zero: do not wait (no controller, e.g. the sandbox). */
  public Engine withEstablishTimeout(java.time.Duration timeout) {
    return new Engine(cluster, strategy, parallelism, timeout, waiter, dryRunPlans);
  }

  Engine withWaiter(Waiter waiter) {
    return new Engine(cluster, strategy, parallelism, establishTimeout, waiter, dryRunPlans);
  }

  /** Writes up to {@code n} objects of the same install level at once (levels stay in order). */
  public Engine withParallelism(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + n);
    }
    return new Engine(cluster, strategy, n, establishTimeout, waiter, dryRunPlans);
  }

  /**
   * Whether plans send each create and update with {@code dryRun=All} so the server's refusals are
   * plan errors. Default: yes on a server that says its Kubernetes version, no on one that does not
   * (fabric8's in-memory server, which ignores dryRun and would write).
   */
  public Engine withDryRun(boolean v) {
    return new Engine(cluster, strategy, parallelism, establishTimeout, waiter, v);
  }

  public WriteStrategy strategy() {
    return strategy;
  }

  /** Compiles (validating) the stack and plans it. Reads only; writes nothing. */
  public Plan plan(Stack stack, PlanOptions options) {
    return plan(stack.name(), stack.namespace(), StackCompiler.create().compile(stack), options);
  }

  /** Plans already compiled objects as stack {@code stackName} with its parent in {@code namespace}. */
  public Plan plan(String stackName, String namespace, List<? extends HasMetadata> objects, PlanOptions options) {
    ApplySet set = ApplySet.forStack(stackName, namespace);
    List<Map<String, Object>> desired = Desired.of(set, objects);
    Live live = new LiveReader(cluster).read(set, desired.stream().map(ObjectRef::of).toList());
    return checked(Planner.plan(set, desired, live, options, false), live, options);
  }

  /**
   * On a real server: deleted Namespaces checked for what else lives there, then the plan's creates
   * and updates sent with {@code dryRun=All} (refusals become plan errors). Not in the sandbox: its
   * in-memory server serves no discovery and ignores dryRun.
   */
  private Plan checked(Plan plan, Live live, PlanOptions options) {
    if (!dryRunPlans()) {
      return plan;
    }
    return dryRun(NamespaceContents.check(plan, cluster, options), live);
  }

  /** On a real server: the plan's creates and updates sent with {@code dryRun=All}; refusals become plan errors. */
  private Plan dryRun(Plan plan, Live live) {
    if (!dryRunPlans()) {
      return plan;
    }
    List<String> reads = new java.util.ArrayList<>(plan.reads());
    List<String> errors = DryRun.check(plan.changes(), strategy, reads, live::unusable, parallelism);
    return plan.withErrors(errors, reads);
  }

  private boolean dryRunPlans() {
    if (dryRunPlans == null) {
      dryRunPlans = ServerVersion.isReal(cluster.client());
    }
    return dryRunPlans;
  }

  /** The stack's recorded revisions, oldest first (one read: the parent). */
  public List<History.Revision> history(String stackName, String namespace) {
    ApplySet set = ApplySet.forStack(stackName, namespace);
    return History.of(cluster.get(set.parent()).orElse(null));
  }

  public List<History.Revision> history(Stack stack) {
    return history(stack.name(), stack.namespace());
  }

  /**
   * A plan back to revision {@code number}: its objects become the desired state (objects added
   * since are pruned). Applying it records a new revision, as any apply does.
   */
  public Plan planRollback(String stackName, String namespace, int number, PlanOptions options) {
    return planRollback(stackName, namespace, number, options, List.of());
  }

  /**
   * {@code sources}: the stack's current objects (values read from their files and environment),
   * where a rolled-back Secret's values may be found when the live Secret no longer has them.
   */
  private Plan planRollback(String stackName, String namespace, int number, PlanOptions options,
      List<Map<String, Object>> sources) {
    ApplySet set = ApplySet.forStack(stackName, namespace);
    List<History.Revision> revisions = history(stackName, namespace);
    History.Revision r = revisions.stream().filter(x -> x.number() == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("stack " + stackName + " has no revision " + number
            + (revisions.isEmpty() ? " (no revisions recorded)" : "; recorded: " + revisions.stream()
                .map(x -> Integer.toString(x.number())).collect(java.util.stream.Collectors.joining(", ")))));
    Live live = new LiveReader(cluster).read(set, r.objects().stream().map(ObjectRef::of).toList());
    List<String> errors = new java.util.ArrayList<>();
    List<Map<String, Object>> candidates = SecretRestore.candidates(live, sources);
    List<Map<String, Object>> desired = new java.util.ArrayList<>();
    for (Map<String, Object> o : r.objects()) {
      SecretRestore.restore(o, number, candidates, errors).ifPresent(x -> desired.add(Desired.of(set, x)));
    }
    Plan plan = checked(Planner.plan(set, desired, live, options, false), live, options);
    return errors.isEmpty() ? plan : plan.withErrors(errors, plan.reads());
  }

  /** As above; a rolled-back Secret's values may also come from the stack's current source. */
  public Plan planRollback(Stack stack, int number, PlanOptions options) {
    List<Map<String, Object>> sources;
    try {
      sources = Desired.of(ApplySet.forStack(stack.name(), stack.namespace()), StackCompiler.create().compile(stack));
    } catch (dev.sparkform.dsl.ValidationException e) {
      sources = List.of(); // the current stack does not compile (a value cannot be read): the live Secret may still do
    }
    return planRollback(stack.name(), stack.namespace(), number, options, sources);
  }

  /** A plan deleting everything the stack owns (reverse install order), then its parent. */
  public Plan planDestroy(String stackName, String namespace) {
    return planDestroy(stackName, namespace, PlanOptions.defaults());
  }

  /**
   * A plan deleting everything the stack owns; a Namespace where objects the stack does not own
   * live is kept (and said so) unless {@code options.allowNamespaceDelete()}.
   */
  public Plan planDestroy(String stackName, String namespace, PlanOptions options) {
    ApplySet set = ApplySet.forStack(stackName, namespace);
    Live live = new LiveReader(cluster).read(set, List.of());
    return checked(Planner.plan(set, List.of(), live, options.withAllowEmpty(true), true), live, options);
  }

  public Plan planDestroy(Stack stack) {
    return planDestroy(stack.name(), stack.namespace());
  }

  /**
   * Waits until the objects the report created, updated or replaced are ready (per kind, see
   * {@link Readiness}) and those it deleted are gone, each on its own, for at most {@code timeout};
   * {@code progress} gets one line per state change.
   */
  public List<Waiter.Result> await(ApplyReport report, java.time.Duration timeout,
      java.util.function.Consumer<String> progress) {
    return waiter.await(applied(report), deleted(report), timeout, progress);
  }

  static java.util.Set<ObjectRef> deleted(ApplyReport report) {
    return report.outcomes().stream()
        .filter(o -> o.status() == Outcome.Status.APPLIED && o.action() == Action.DELETE)
        .map(Outcome::ref).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  Waiter waiter(java.time.Duration interval, java.util.function.LongSupplier nanoTime, Waiter.Sleeper sleeper) {
    return new Waiter(cluster, interval, nanoTime, sleeper);
  }

  /** Every object the report wrote, deleted ones included, in the order they were written. */
  static List<ObjectRef> applied(ApplyReport report) {
    return report.outcomes().stream().filter(o -> o.status() == Outcome.Status.APPLIED).map(Outcome::ref).toList();
  }

  /** Carries out a plan; throws {@link PlanException}, writing nothing, when the plan has errors. */
  public ApplyReport apply(Plan plan) {
    return new Applier(cluster, strategy, parallelism, waiter, establishTimeout).apply(plan);
  }
}
