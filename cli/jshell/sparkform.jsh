// Started by bin/sparkform-jshell: the whole DSL and render(..) in scope, and the apply engine:
//   var sandbox = Sandbox.start(); var engine = sandbox.engine();
//   var plan = engine.plan(stack, PlanOptions.defaults()); System.out.print(PlanFormatter.text(plan));
//   engine.apply(plan);
import static dev.sparkform.Sparkform.*;
import dev.sparkform.dsl.*;
// jshell's default imports include java.util.*: name our Stack explicitly so `Stack s = ...` is not ambiguous.
import dev.sparkform.dsl.Stack;
import dev.sparkform.apply.*;
