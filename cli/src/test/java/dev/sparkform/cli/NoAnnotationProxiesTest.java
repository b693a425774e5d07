package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render reads no annotation at run time: the command line's picocli model is built in code (see
 * {@link Options}), operator resources carry their type as constants, and PlainData reads Jackson's
 * {@code @JsonProperty} from class files; nor does it make picocli's DefaultFactory, whose first
 * use looks for Groovy in every jar. The first annotation a process reads costs about 30 ms and
 * each annotation type a proxy class no JDK 17 archive keeps; this holds them off, without timing anything.
 *
 * <p>How: a render in a child JVM that logs class loading and resolution. Reading an annotation
 * makes a dynamic proxy implementing the annotation's type, and the resolution log names that
 * interface ({@code jdk.proxy2.$Proxy3 picocli.CommandLine$Command (interface)}); the load log alone
 * cannot tell, and whether an annotation type is loaded says nothing either (picocli's
 * CommandReflection names {@code @Command} in its signatures, so verifying it loads the type).
 * With the annotated commands of before, the log showed proxies of picocli's {@code Command},
 * {@code Option}, {@code Mixin}, {@code Spec} and {@code ParentCommand}, and DefaultFactory loaded.
 */
class NoAnnotationProxiesTest {
  private static final Pattern PICOCLI_PROXY = Pattern.compile(".*\\$Proxy\\d+ picocli\\.\\S+ \\(interface\\).*");

  @TempDir
  Path tmp;

  @Test
  void aRenderReadsNoAnnotationAndMakesNoDefaultFactory() throws Exception {
    Path log = tmp.resolve("classes.log");
    CliTest.Run r = ChildProcessTest.java(Map.of(),
        List.of("-Xlog:class+load=info,class+resolve=debug:file=" + log),
        Cli.class.getName(), "render", "--example", "spark-pi");
    assertEquals(Cli.OK, r.code(), r.err());
    assertTrue(r.out().contains("kind: SparkApplication"), r.out());

    List<String> lines = Files.readAllLines(log);
    // The log records what this test looks for: loads, and the interfaces of a class being defined.
    assertTrue(lines.stream().anyMatch(l -> l.contains(" picocli.CommandLine source: ")), "no picocli load in the log");
    assertTrue(lines.stream().anyMatch(l -> l.endsWith(" dev.sparkform.cli.StackCommand java.util.concurrent.Callable (interface)")),
        "no interface resolution in the log");

    List<String> proxies = lines.stream().filter(l -> PICOCLI_PROXY.matcher(l).matches()).toList();
    assertTrue(proxies.isEmpty(), "picocli annotations were read:\n" + String.join("\n", proxies));
    List<String> anyProxy = lines.stream().filter(l -> l.contains(" source: __dynamic_proxy__")).toList();
    assertTrue(anyProxy.isEmpty(), "annotations (or other proxies) were made:\n" + String.join("\n", anyProxy));
    List<String> factory = lines.stream().filter(l -> l.contains(" picocli.CommandLine$DefaultFactory source: ")).toList();
    assertTrue(factory.isEmpty(), "picocli's DefaultFactory was loaded: " + factory);
  }
}
