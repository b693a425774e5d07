package dev.sparkform.golden;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.ValidationException;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import dev.sparkform.render.SparkSubmitFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered scripts run under /bin/sh with a fake {@code spark-submit} first on the PATH that
 * records its working directory and its argv (NUL-separated): the argv must equal the {@code .args}
 * list exactly, which proves the quoting, also for hostile values.
 */
class SparkSubmitScriptTest {
  private static final String MASTER = "https://10.0.0.1:6443";
  private static final String RUN = "test-run";
  /** Spaces, both quotes, $, backticks, command substitution, a newline, a backslash, a tab, non-ASCII. */
  private static final String HOSTILE = "it's \"$HOME\" `touch pwned` $(touch pwned) \\n\nline 2\t\\ ünï";

  static Stream<Example> compiling() {
    return Examples.all().stream().filter(e -> {
      try {
        // a stack without apps (spark-cluster: objects only) has no scripts to run
        return !SparkSubmitGoldenTest.files(e.define(), Optional.empty()).isEmpty();
      } catch (ValidationException notExpressible) {
        return false;
      }
    });
  }

  @Test
  void everyExampleRenders() {
    for (Example e : Examples.all()) {
      org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> {
        dev.sparkform.compile.StackCompiler.create().target(dev.sparkform.compile.Target.SPARK_SUBMIT).compile(e.define());
        SparkSubmitGoldenTest.files(e.define(), Optional.empty());
      }, e.name() + " renders for spark-submit");
    }
    assertEquals(Examples.all().size() - 1, compiling().count(), "every example but spark-cluster has scripts");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compiling")
  void scriptsPassShellSyntaxCheckAndPassTheArgsListExactly(Example example, @TempDir Path tmp) throws Exception {
    runAll(example.define(), tmp);
  }

  @Test
  void hostileValuesInArgumentsAndSparkConfArriveUnchanged(@TempDir Path tmp) throws Exception {
    Stack stack = stack("hostile").namespace("jobs").add(sparkApp("odd")
        .sparkVersion("4.0.1").image("apache/spark:4.0.1")
        .mainClass("com.example.Odd").mainApplicationFile("local:///opt/app/odd%20app.jar")
        .arguments(HOSTILE, "", " leading and trailing ", "'", "\\", "--conf", "a=b")
        .sparkConf("spark.example.note", HOSTILE)
        .sparkConf("spark.example.quote", "'\"'\"'"));
    Map<String, List<String>> recorded = runAll(stack, tmp);
    List<String> argv = recorded.get("odd");
    assertTrue(argv.contains(HOSTILE));
    assertTrue(argv.contains("spark.example.note=" + HOSTILE));
    assertTrue(argv.contains(""));
    assertFalse(Files.exists(tmp.resolve("out/pwned")), "no command substitution ran");
    assertFalse(Files.exists(tmp.resolve("pwned")), "no command substitution ran");
    // The properties file reads back to the same settings (Java properties escaping).
    java.util.Properties p = new java.util.Properties();
    try (var r = Files.newBufferedReader(tmp.resolve("out/odd.properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    assertEquals(HOSTILE, p.getProperty("spark.example.note"));
    assertEquals("'\"'\"'", p.getProperty("spark.example.quote"));
  }

  @Test
  void aRenderedMasterUrlIsUsedAndTheEnvironmentIgnored(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Map<String, String> files = SparkSubmitGoldenTest.files(Examples.named("submit-etl").orElseThrow().define(),
        Optional.of(SparkSubmitFiles.master(MASTER)));
    write(out, files);
    List<String> argv = run(out.resolve("etl.sh"), tmp, Map.of()).argv;
    assertEquals(List.of("--master", "k8s://" + MASTER), argv.subList(0, 2));
    assertEquals(SparkSubmitFiles.readArgs(files.get("etl.args")), argv);
  }

  @Test
  void withoutMasterTheScriptFailsWithAClearMessage(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    write(out, SparkSubmitGoldenTest.files(Examples.named("submit-etl").orElseThrow().define(), Optional.empty()));
    Process p = process(out.resolve("etl.sh"), tmp, Map.of("SPARK_K8S_MASTER", ""));
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, p.waitFor());
    assertTrue(err.contains("error: set SPARK_K8S_MASTER to the Kubernetes API server URL"), err);
    assertFalse(Files.exists(tmp.resolve("argv")), "spark-submit was not run");
  }

  @Test
  void aMasterUrlThatIsNotOneIsRefused() {
    for (String bad : List.of("10.0.0.1:6443", "https://x'y", "https://a b", "ftp://x")) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> SparkSubmitFiles.master(bad));
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
    assertEquals("k8s://https://h:6443", SparkSubmitFiles.master("k8s://https://h:6443"));
  }

  /** Writes the stack's files to tmp/out, checks every script with sh -n and runs it; app name to argv. */
  private static Map<String, List<String>> runAll(Stack stack, Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Map<String, String> files = SparkSubmitGoldenTest.files(stack, Optional.empty());
    write(out, files);
    Map<String, List<String>> recorded = new java.util.LinkedHashMap<>();
    for (String name : files.keySet()) {
      if (!name.endsWith(".sh")) {
        continue;
      }
      Path script = out.resolve(name);
      Process check = new ProcessBuilder("sh", "-n", script.toString()).redirectErrorStream(true).start();
      String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, check.waitFor(), name + " passes sh -n: " + said);
      Run run = run(script, tmp, Map.of());
      assertEquals(out.toRealPath().toString(), run.dir, name + " runs in its own directory");
      String app = name.substring(0, name.length() - ".sh".length());
      List<String> expected = new ArrayList<>(SparkSubmitFiles.readArgs(files.get(app + ".args")));
      assertEquals("k8s://${SPARK_K8S_MASTER}", expected.get(1));
      expected.set(1, "k8s://" + MASTER);
      expected.replaceAll(a -> a.replace("${driver_pod}", RUN + "-1-driver"));
      assertEquals(expected, run.argv, name + ": recorded argv equals " + app + ".args");
      recorded.put(app, run.argv);
    }
    assertFalse(recorded.isEmpty());
    return recorded;
  }

  /** The files into a fresh directory of the test's own, scripts executable, as a directory render writes them. */
  static void write(Path out, Map<String, String> files) throws IOException {
    Files.createDirectories(out);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = out.resolve(f.getKey());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      if (f.getKey().endsWith(".sh")) {
        assertTrue(p.toFile().setExecutable(true, false), p + " made executable");
      }
    }
  }

  private static final class Run {
    final String dir;
    final List<String> argv;

    Run(String dir, List<String> argv) {
      this.dir = dir;
      this.argv = argv;
    }
  }

  /** Runs the script from {@code tmp} (not its directory) with the fake spark-submit; what it recorded. */
  private static Run run(Path script, Path tmp, Map<String, String> env) throws Exception {
    Process p = process(script, tmp, env);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), script + " exits 0: " + err);
    String dir = Files.readString(tmp.resolve("cwd"), StandardCharsets.UTF_8).strip();
    byte[] raw = Files.readAllBytes(tmp.resolve("argv"));
    String all = new String(raw, StandardCharsets.UTF_8);
    assertTrue(all.endsWith("\0"), "argv ends with a NUL");
    List<String> argv = Arrays.asList(all.substring(0, all.length() - 1).split("\0", -1));
    return new Run(dir, argv);
  }

  /**
   * A fake {@code spark-submit}: a submission records its working directory and argv (NUL-separated;
   * every submission appends to {@code submissions}) and exits with the next line of
   * {@code submit-exits} (0 when none); {@code --status} prints the next phase of {@code phases}
   * (Succeeded when none) in the form Spark 4.2's {@code ListStatus} prints it (see the spark-oracle
   * module's test of that form), on standard error as Spark does.
   */
  static final String FAKE_SPARK_SUBMIT = "#!/bin/sh\n"
      + "next() { n=$(cat \"$RECORD_DIR/$1.count\" 2>/dev/null || echo 0); n=$((n + 1));"
      + " echo \"$n\" > \"$RECORD_DIR/$1.count\"; sed -n \"${n}p\" \"$RECORD_DIR/$1\" 2>/dev/null || true; }\n"
      + "for a in \"$@\"; do\n"
      + "  if [ \"$a\" = --status ]; then\n"
      + "    phase=$(next phases)\n"
      + "    printf 'Application status (driver): \\n\\t pod name: x-driver\\n\\t namespace: jobs\\n\\t phase: %s\\n\\t"
      + " container status: \\n\\t\\t container name: spark-kubernetes-driver\\n' \"${phase:-Succeeded}\" >&2\n"
      + "    printf '%s\\0' \"$@\" >> \"$RECORD_DIR/statuses\"\n"
      + "    exit 0\n"
      + "  fi\n"
      + "done\n"
      + "pwd -P > \"$RECORD_DIR/cwd\"\n"
      + ": > \"$RECORD_DIR/argv\"\n"
      + "for a in \"$@\"; do printf '%s\\0' \"$a\" >> \"$RECORD_DIR/argv\"; done\n"
      + "cat \"$RECORD_DIR/argv\" >> \"$RECORD_DIR/submissions\"; printf '\\n' >> \"$RECORD_DIR/submissions\"\n"
      + "code=$(next submit-exits)\n"
      + "exit \"${code:-0}\"\n";

  static Process process(Path script, Path tmp, Map<String, String> env) throws IOException {
    Path bin = tmp.resolve("bin");
    Files.createDirectories(bin);
    Path fake = bin.resolve("spark-submit");
    Files.writeString(fake, FAKE_SPARK_SUBMIT, StandardCharsets.UTF_8);
    assertTrue(fake.toFile().setExecutable(true));
    ProcessBuilder pb = new ProcessBuilder("sh", script.toString()).directory(tmp.toFile());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("RECORD_DIR", tmp.toString());
    pb.environment().put("SPARK_K8S_MASTER", MASTER);
    pb.environment().put(SparkSubmitFiles.RUN_ENV, RUN);
    pb.environment().putAll(env);
    return pb.start();
  }
}
