package dev.sparkform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cold render links few lambdas. The first evaluation of a lambda or method reference links its
 * call site, and on JDK 17 that runs {@code LambdaMetafactory} interpreted: about 0.25 ms each, even
 * when the proxy class comes from the start-up archive (measured: 190 such lambdas 50 ms, 190
 * anonymous classes 4.5 ms, 190 plain calls 0.2 ms). The site links whether or not the lambda ever
 * runs: {@code image().ifPresent(i -> check(i))} pays when there is no image. A one-app render used
 * to link 188 of them, about a quarter of its time, so the command line, validation and compile
 * paths are written without them; this holds that, without timing anything.
 *
 * <p>How: a render of the spark-pi example in a child JVM that logs class loading; every linked
 * lambda defines a class named {@code Host$$Lambda$N}. The budgets are what the paths link now
 * (picocli's, the JDK's and fabric8's own lambdas included), so a new lambda on the path fails here
 * and the list in the message says where it is.
 */
class LambdaBudgetTest {
  /** Lambdas of Sparkform's own classes a one-app render may link. */
  private static final int OWN = 0;

  /**
   * All lambdas a one-app render may link: today the JDK's regular expressions compiling character
   * classes (6), {@code Collectors.toList} (4) and fabric8's builders (1), which build lists with streams.
   */
  private static final int TOTAL = 11;

  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}, to a directory: {1}")
  @CsvSource({"kubeflow,false", "apache,false", "spark-submit,false", "kubeflow,true", "spark-submit,true"})
  void aOneAppRenderLinksFewLambdas(String target, boolean directory) throws Exception {
    Path log = tmp.resolve("classes.log");
    List<String> args = new ArrayList<>(List.of("render", "--example", "spark-pi", "--target", target));
    if (directory) {
      args.addAll(List.of("--out", tmp.resolve("out").toString()));
    }
    CliTest.Run r = ChildProcessTest.java(Map.of(), List.of("-Xshare:off", "-Xlog:class+load=info:file=" + log),
        Cli.class.getName(), args.toArray(new String[0]));
    assertEquals(Cli.OK, r.code(), r.err());
    assertTrue(directory ? r.err().contains("wrote ") : !r.out().isEmpty(), r.out() + r.err());

    List<String> lines = Files.readAllLines(log);
    assertTrue(lines.stream().anyMatch(l -> l.contains(" dev.sparkform.cli.Cli source: ")), "no class loads in the log");
    List<String> all = new ArrayList<>();
    List<String> own = new ArrayList<>();
    for (String line : lines) {
      int at = line.indexOf("$$Lambda$");
      if (at > 0) {
        String host = line.substring(line.lastIndexOf(' ', at) + 1, at);
        all.add(host);
        if (host.startsWith("dev.sparkform.")) {
          own.add(host);
        }
      }
    }
    assertTrue(own.size() <= OWN, own.size() + " lambdas of Sparkform linked (budget " + OWN + "), in: " + own);
    assertTrue(all.size() <= TOTAL, all.size() + " lambdas linked (budget " + TOTAL + "), in: " + all);
  }
}
