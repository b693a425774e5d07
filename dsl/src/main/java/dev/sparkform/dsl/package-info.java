/**
 * The Sparkform DSL: typed, immutable values describing a stack. Start from {@link dev.sparkform.dsl.Dsl}.
 *
 * <p>Values are validated as a whole when a stack is compiled ({@link dev.sparkform.dsl.Stack#validate()}):
 * every problem is reported with its path, in one {@link dev.sparkform.dsl.ValidationException}.
 */
@SparkformStyle
package dev.sparkform.dsl;
