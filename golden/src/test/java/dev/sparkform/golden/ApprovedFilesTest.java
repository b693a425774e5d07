package dev.sparkform.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * No approved file that no golden test reads: a stale one (an example renamed, a target that can now
 * express what it could not) still looks approved, and a reviewer would trust it. The golden tests
 * are run once more here, whatever subset surefire was asked for, to learn every file they read
 * (recording only: surefire's own run of them compares).
 * {@code -Dapprove} deletes the orphans instead (review {@code git status golden/approved}).
 */
class ApprovedFilesTest {
  @Test
  void everyApprovedFileIsReadByAGoldenTest() throws IOException {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectPackage(getClass().getPackageName()))
        .filters(excludeClassNamePatterns(getClass().getName()))
        .build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    Golden.collecting = true;
    try {
      LauncherFactory.create().execute(request, summary);
    } finally {
      Golden.collecting = false;
    }
    assertEquals(List.of(), summary.getSummary().getFailures().stream()
        .map(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).toList(),
        "the golden tests must pass before their files can be checked");

    TreeSet<Path> orphans;
    try (Stream<Path> files = Files.walk(Golden.APPROVED)) {
      orphans = files.filter(Files::isRegularFile).filter(f -> !Golden.READ.contains(f))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    if (Golden.approving()) {
      for (Path orphan : orphans) {
        Files.delete(orphan);
      }
      return;
    }
    assertEquals("", orphans.stream().map(p -> Golden.APPROVED.relativize(p) + "\n").collect(Collectors.joining()),
        "approved files no golden test reads: delete them (or re-approve with -Dapprove, which does)");
  }
}
