package dev.sparkform.cli;

import dev.sparkform.Sparkform;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the POM's version, as the build filtered it in. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"sparkform " + Sparkform.version()};
  }
}
