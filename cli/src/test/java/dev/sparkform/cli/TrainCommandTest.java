package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.render.FieldTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training run behind bin/sparkform's start-up archive completes: a failure there is silent
 * for users (the script then runs without an archive, slower), so it is checked here.
 */
class TrainCommandTest {
  @Test
  void trainingRendersEveryPathAndSucceeds() {
    CliTest.Run r = CliTest.run(null, "train");
    assertEquals(Cli.OK, r.code(), r.out() + r.err());
    assertEquals("", r.out() + r.err());
  }

  @Test
  void theClusterVerbsTrainingSucceedsToo() throws Exception {
    CliTest.Run r = ChildProcessTest.java(Map.of(), List.of("-D" + TrainCommand.KIND + "=cluster"),
        Cli.class.getName(), "train");
    assertEquals(Cli.OK, r.code(), r.out() + r.err());
    assertEquals("", r.out() + r.err());
  }

  @Test
  void trainingWritesTheFieldTableARenderThenReads(@TempDir Path tmp) throws Exception {
    // GIVEN a training run in a JVM of its own, told where the field table goes
    Path table = tmp.resolve("sparkform.fields");
    String property = "-D" + FieldTable.PROPERTY + "=" + table;
    CliTest.Run train = ChildProcessTest.java(Map.of(), List.of(property), Cli.class.getName(), "train");
    assertEquals(Cli.OK, train.code(), train.err());

    // THEN it holds the model classes a render writes, each field with its JSON name
    List<String> lines = Files.readAllLines(table);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("io.fabric8.kubernetes.api.model.ObjectMeta ")
        && l.contains(" name=name ") && l.contains(" additionalProperties")), String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("dev.sparkform.model.kubeflow.SparkApplicationSpec ")), "no kubeflow spec");

    // AND training again, with that table at hand, writes the same table
    CliTest.Run again = ChildProcessTest.java(Map.of(), List.of(property), Cli.class.getName(), "train");
    assertEquals(Cli.OK, again.code(), again.err());
    assertEquals(lines, Files.readAllLines(table));

    // AND a render that reads it writes what one without it writes, reading no model class file
    Path log = tmp.resolve("classes.log");
    CliTest.Run with = ChildProcessTest.java(Map.of(), List.of(property, "-Xlog:class+load=info:file=" + log),
        Cli.class.getName(), "render", "--example", "spark-pi");
    CliTest.Run without = ChildProcessTest.java(Map.of(), List.of(), Cli.class.getName(), "render", "--example", "spark-pi");
    assertEquals(Cli.OK, with.code(), with.err());
    assertEquals(without.out(), with.out());
    assertTrue(Files.readAllLines(log).stream().noneMatch(l -> l.contains(" org.objectweb.asm.ClassReader ")),
        "a class file was read with the table at hand");
  }
}
