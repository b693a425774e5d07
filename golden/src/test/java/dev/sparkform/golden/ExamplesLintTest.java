package dev.sparkform.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sparkform.compile.Target;
import dev.sparkform.examples.Example;
import dev.sparkform.lint.Finding;
import dev.sparkform.lint.Lint;
import dev.sparkform.lint.LintReport;
import dev.sparkform.lint.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped example is lint-clean on every target it compiles for: no error and no warning
 * (infos, such as images without a digest, are allowed).
 * The Pod Security "restricted" rules included: every example's pods are restricted by default.
 */
class ExamplesLintTest {
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.sparkform.golden.Rendering#compiling")
  void hasNoErrorsOrWarnings(Example example, Target target) {
    LintReport report = Lint.of(example.define(), target, Rendering.objects(example, target));
    List<Finding> bad = report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    assertEquals(List.of(), bad, report.toText());
  }
}
