package dev.sparkform.cli;

import picocli.CommandLine.IFactory;

/**
 * What picocli asks when it needs an instance of a class (commands and converters here are made in
 * code, so it should not need one). picocli's own factory looks for Groovy's Closure class when it
 * is first used, and a class that is absent is searched for in every jar of the class path.
 */
final class Factory implements IFactory {
  static final Factory INSTANCE = new Factory();

  private Factory() {}

  @Override
  public <K> K create(Class<K> type) throws Exception {
    return type.getDeclaredConstructor().newInstance();
  }
}
