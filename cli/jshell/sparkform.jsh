// Started by bin/sparkform-jshell: what README's jshell section uses is in scope.
// The DSL factories, render(stack[, APACHE]), explain(stack), compile, toYaml, toJson:
import static dev.sparkform.Sparkform.*;
import dev.sparkform.dsl.*;
// jshell's default imports include java.util.*: name our Stack explicitly so `Stack s = ...` is not ambiguous.
import dev.sparkform.dsl.Stack;
import dev.sparkform.compile.Explanation;
import dev.sparkform.compile.Target;
// The apply engine (Engine, PlanOptions, PlanFormatter, ...) and the in-process API server:
//   var sandbox = Sandbox.start(); var engine = sandbox.engine();
import dev.sparkform.apply.*;
import dev.sparkform.sandbox.Sandbox;
