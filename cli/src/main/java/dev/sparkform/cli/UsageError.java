package dev.sparkform.cli;

/** A mistake in the command line found while running it (an unknown example, options that do not fit): exit 64. */
final class UsageError extends UserError {
  private static final long serialVersionUID = 1L;

  UsageError(String message) {
    super(message);
  }

  UsageError(String message, Throwable cause) {
    super(message, cause);
  }
}
