package dev.sparkform.dsl;

/** Display names of kinds for problem paths: {@code RoleBinding} → {@code role binding}. */
final class Kinds {
  private Kinds() {}

  static String display(String kind) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kind.length(); i++) {
      char c = kind.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        sb.append(' ');
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }
}
