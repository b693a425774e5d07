package dev.sparkform.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one scenario on an emptied sandbox: creates the foreign objects, then each step, checking
 * after every step that no foreign object sparkform must leave alone was changed or deleted, and
 * that every plan wrote nothing (and a plan with errors, applied, too).
 */
final class ScenarioRun {
  private final SandboxCluster cluster;
  private final Scenario scenario;
  private final Tally tally;
  /**
   * Refs an --adopt plan without errors declared so far: unlabelled objects there may legitimately
   * have been taken over (a plan with errors writes nothing, which is checked on its own).
   */
  private final Set<ObjectRef> adoptable = new HashSet<>();

  ScenarioRun(SandboxCluster cluster, Scenario scenario, Tally tally) {
    this.cluster = cluster;
    this.scenario = scenario;
    this.tally = tally;
  }

  void run() {
    cluster.recorder.reset();
    ForeignGuard guard = new ForeignGuard(cluster.client());
    guard.create(scenario.foreign(), scenario.applySet());
    tally.foreignCreated.addAndGet(scenario.foreign().size());
    List<Step> steps = scenario.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      cluster.recorder.clear();
      String outcome = run(step);
      tally.engineRequests(cluster.recorder);
      tally.outcome(outcome);
      // --adopt takes over unlabelled objects the stack declares: that is its job, not a violation.
      // Only those are left out, and from the step that adopted them on; other stacks' never.
      int checked = guard.check("by step " + (i + 1) + " (" + step + ")",
          f -> f.ownership().adoptable && adoptable.contains(f.ref()));
      tally.foreignChecks.addAndGet(checked);
      tally.adoptedExempt.addAndGet(scenario.foreign().size() - checked);
    }
    tally.steps.addAndGet(steps.size());
    tally.cases.incrementAndGet();
  }

  /** Plans and applies one step; returns what happened, for the tally. */
  private String run(Step step) {
    Engine engine = cluster.engine;
    Plan plan;
    if (step instanceof Step.Apply a) {
      plan = engine.plan(scenario.versions().get(a.version()).toStack(Scenario.STACK, scenario.namespace()), a.options());
      if (a.adopt() && !plan.hasErrors()) {
        adoptable.addAll(scenario.versions().get(a.version()).refs());
      }
    } else {
      plan = engine.planDestroy(Scenario.STACK, scenario.namespace());
    }
    String what = step instanceof Step.Apply a && a.adopt() ? "apply --adopt" : step instanceof Step.Apply ? "apply" : "destroy";
    assertEquals(List.of(), cluster.recorder.writes(), "a plan writes nothing");
    if (plan.hasErrors()) {
      assertThrows(PlanException.class, () -> engine.apply(plan));
      assertEquals(List.of(), cluster.recorder.writes(), "applying a plan with errors wrote: " + plan.errors());
      tally.plansWithErrors.incrementAndGet();
      return what + ": plan error";
    }
    ApplyReport report = engine.apply(plan);
    (step instanceof Step.Apply ? tally.applied : tally.destroyed).incrementAndGet();
    countNamespacesDeletedAroundForeignObjects(report);
    return what + ": " + (report.ok() ? "done" : "incomplete");
  }

  /**
   * A real server deletes a Namespace's contents with it; the engine checks for foreign contents
   * there first (NamespaceContents, through discovery). The in-memory server has neither discovery
   * nor that cascade, so here the contents survive and the check is not run: counted, to say how
   * often the sandbox property passes over that case.
   */
  private void countNamespacesDeletedAroundForeignObjects(ApplyReport report) {
    for (Outcome o : report.outcomes()) {
      if (o.action() == Action.DELETE && o.status() == Outcome.Status.APPLIED && o.ref().kind().equals("Namespace")
          && scenario.foreign().stream().anyMatch(f -> o.ref().name().equals(f.namespace()))) {
        tally.namespacesDeletedAroundForeign.incrementAndGet();
      }
    }
  }
}
