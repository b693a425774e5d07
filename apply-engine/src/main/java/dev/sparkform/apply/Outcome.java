package dev.sparkform.apply;

/** What happened to one object during an apply. {@code message} says why it failed or was skipped. */
public record Outcome(ObjectRef ref, Action action, Status status, String message) {
  public enum Status { APPLIED, UNCHANGED, FAILED, SKIPPED }
}
