package dev.sparkform.dsl;

import static dev.sparkform.dsl.Dsl.*;

import java.util.List;

/** Shared building blocks of the validation tests: valid resources, and expected problems. */
final class Fixtures {
  /** The stack name and default namespace every test stack uses. */
  static final String STACK = "stack analytics";

  static final String NOT_A_LABEL =
      " is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit)";
  static final String NOT_A_SUBDOMAIN = " is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.',"
      + " starting and ending with a letter or digit)";
  static final String NOT_A_PATH_SEGMENT = " may not be \".\" or \"..\" nor contain '/' or '%'";
  static final String BAD_NAME_PART = ": name part must be 1-63 characters of alphanumerics, '-', '_' or '.',"
      + " starting and ending with an alphanumeric";
  static final String BAD_LABEL_VALUE = " is not a valid label value (at most 63 alphanumerics, '-', '_' or '.',"
      + " starting and ending with an alphanumeric)";

  private Fixtures() {}

  /** Stack {@code analytics} in namespace {@code spark-jobs}, declaring these resources. */
  static Stack analytics(StackResource... resources) {
    return stack("analytics").namespace("spark-jobs").add(resources);
  }

  /** A valid rule: what a Spark driver needs on pods. */
  static PolicyRule podsRule() {
    return rule().apiGroups("").resources("pods").verbs(GET, LIST, WATCH, CREATE, DELETE);
  }

  /** Everything a Spark driver does through the API (pods, services, config maps). */
  static PolicyRule driverRule() {
    return rule().apiGroups("").resources("pods", "services", "configmaps")
        .verbs(GET, LIST, WATCH, CREATE, DELETE, DELETECOLLECTION);
  }

  /** A valid Role with one rule. */
  static Role driverRole(String name) {
    return role(name).rules(podsRule());
  }

  static Problem problem(String path, String message) {
    return new Problem(path, message);
  }

  /** Exactly one problem, at this path. */
  static List<Problem> only(String path, String message) {
    return List.of(problem(path, message));
  }

  /** Problems of a {@link Scheduling} checked on its own, under path {@code scheduling}. */
  static List<Problem> problemsOf(Scheduling scheduling) {
    Problems p = Problems.root().at("scheduling");
    scheduling.validate(p);
    return p.all();
  }
}
