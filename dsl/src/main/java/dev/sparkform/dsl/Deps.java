package dev.sparkform.dsl;

import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * What an app needs beyond its main file: {@code deps().jars("s3a://bucket/lib.jar").packages("org.apache.spark:spark-avro_2.13:4.0.1")}.
 * Maven packages make Spark resolve with Ivy; the compiler points Ivy at a writable directory
 * ({@code spark.jars.ivy=/tmp/.ivy2}), whose absence is the usual cause of {@code --packages} failures.
 */
@Value.Immutable
public abstract class Deps {
  public abstract List<String> jars();

  public abstract List<String> files();

  public abstract List<String> pyFiles();

  public abstract List<String> archives();

  /** Maven coordinates {@code group:artifact:version}. */
  public abstract List<String> packages();

  public abstract List<String> repositories();

  /** {@code group:artifact} to leave out when resolving packages. */
  public abstract List<String> excludePackages();

  public Deps jars(String... uris) {
    return ImmutableDeps.builder().from(this).addJars(uris).build();
  }

  public Deps files(String... uris) {
    return ImmutableDeps.builder().from(this).addFiles(uris).build();
  }

  public Deps pyFiles(String... uris) {
    return ImmutableDeps.builder().from(this).addPyFiles(uris).build();
  }

  public Deps archives(String... uris) {
    return ImmutableDeps.builder().from(this).addArchives(uris).build();
  }

  public Deps packages(String... coordinates) {
    return ImmutableDeps.builder().from(this).addPackages(coordinates).build();
  }

  public Deps repositories(String... urls) {
    return ImmutableDeps.builder().from(this).addRepositories(urls).build();
  }

  public Deps excludePackages(String... groupArtifacts) {
    return ImmutableDeps.builder().from(this).addExcludePackages(groupArtifacts).build();
  }

  public boolean isEmpty() {
    return jars().isEmpty() && files().isEmpty() && pyFiles().isEmpty() && archives().isEmpty()
        && packages().isEmpty() && repositories().isEmpty() && excludePackages().isEmpty();
  }

  static Deps none() {
    return ImmutableDeps.builder().build();
  }

  void validate(Problems p) {
    for (List<String> uris : Arrays.asList(jars(), files(), pyFiles(), archives())) {
      for (String uri : uris) {
        Uris.check(p, uri);
      }
    }
    for (String pkg : packages()) {
      if (pkg.split(":", -1).length != 3 || pkg.contains(" ") || pkg.startsWith(":") || pkg.endsWith(":")) {
        p.add("package \"%s\" is not group:artifact:version", pkg);
      }
    }
    for (String ex : excludePackages()) {
      if (ex.split(":", -1).length != 2) {
        p.add("excluded package \"%s\" is not group:artifact", ex);
      }
    }
    for (String repo : repositories()) {
      if (!repo.matches("(https?|file)://.+")) {
        p.add("repository \"%s\" is not an http(s) or file URL", repo);
      }
    }
  }
}
