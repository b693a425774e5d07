// Started by bin/sparkform-jshell: the whole DSL and render(..) in scope.
import static dev.sparkform.Sparkform.*;
import dev.sparkform.dsl.*;
