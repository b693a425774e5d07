package dev.sparkform.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.compile.SparkSubmitCompiler;
import dev.sparkform.compile.StackCompiler;
import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.render.SparkSubmitFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's spark-submit files, byte for byte, under golden/approved/spark-submit/EXAMPLE/
 * with the names the CLI writes (the real-Spark module reads them from there); an example this
 * target cannot express has its problems in spark-submit/EXAMPLE/problems.txt, each naming the target;
 * an example without apps (spark-cluster: objects only) has no folder.
 */
class SparkSubmitGoldenTest {
  static final Path DIR = Path.of("spark-submit");

  static Stream<Example> examples() {
    return Examples.all().stream();
  }

  /** The files of every app of the stack, by file name; throws the stack's problems. */
  static Map<String, String> files(Stack stack, Optional<String> master) {
    StackCompiler.create().target(Target.SPARK_SUBMIT).compile(stack);
    Map<String, String> files = new java.util.LinkedHashMap<>();
    for (SparkSubmitCompiler.Job job : SparkSubmitCompiler.jobs(stack)) {
      files.putAll(SparkSubmitFiles.files(job, master, stack.name()));
    }
    return files;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void filesOrProblems(Example example) throws IOException {
    Path dir = DIR.resolve(example.name());
    Map<String, String> files;
    try {
      files = files(example.define(), Optional.empty());
    } catch (ValidationException e) {
      assertTrue(e.getMessage().contains("target spark-submit"), e.getMessage());
      files = Map.of("problems.txt", e.getMessage() + "\n");
    }
    files.forEach((name, text) -> Golden.verifyFile(dir.resolve(name), text));
    // No stale approved file (an app renamed, a template no longer needed) survives. A stack with no
    // app (a SparkCluster renders as objects only) has no files, and git keeps no empty folder.
    Path approved = Golden.APPROVED.resolve(dir);
    if (files.isEmpty() && !Files.isDirectory(approved)) {
      return;
    }
    if (!Golden.approving()) {
      try (Stream<Path> listed = Files.list(approved)) {
        assertEquals(new TreeSet<>(files.keySet()),
            listed.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)),
            "files under " + approved);
      }
    } else {
      try (Stream<Path> listed = Files.list(approved)) {
        for (Path p : listed.collect(Collectors.toList())) {
          if (!files.containsKey(p.getFileName().toString())) {
            Files.delete(p);
          }
        }
      }
      if (files.isEmpty()) {
        Files.delete(approved);
      }
    }
  }
}
