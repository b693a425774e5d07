package dev.sparkform.dsl;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Kubernetes' name and label syntax (apimachinery {@code validation.go}), reported as problems. */
final class Names {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

  private Names() {}

  /** Namespaces (and other RFC 1123 label names): at most 63 lowercase alphanumerics or '-'. */
  static void dnsLabel(Problems p, String what, String name) {
    if (name.isEmpty()) {
      p.add("%s must not be empty", what);
    } else if (name.length() > 63) {
      p.add("%s \"%s\" is %d characters; a DNS-1123 label has at most 63", what, name, name.length());
    } else if (!DNS_LABEL.matcher(name).matches()) {
      p.add("%s \"%s\" is not a DNS-1123 label (lowercase letters, digits and '-', starting and ending"
          + " with a letter or digit)", what, name);
    }
  }

  /** A Service's name is a DNS-1035 label: a DNS-1123 label that starts with a letter. */
  static void serviceName(Problems p, String name) {
    if (!name.isEmpty() && !Character.isLetter(name.charAt(0))) {
      p.add("name \"%s\" is also its Service's name, which must start with a letter (DNS-1035)", name);
    }
  }

  /** Most object names: at most 253 characters of dot-separated DNS-1123 labels. */
  static void dnsSubdomain(Problems p, String what, String name) {
    if (name.isEmpty()) {
      p.add("%s must not be empty", what);
    } else if (name.length() > 253) {
      p.add("%s \"%s\" is %d characters; a DNS-1123 subdomain has at most 253", what, name, name.length());
    } else if (!DNS_SUBDOMAIN.matcher(name).matches()) {
      p.add("%s \"%s\" is not a DNS-1123 subdomain (lowercase letters, digits, '-' and '.', starting and"
          + " ending with a letter or digit)", what, name);
    }
  }

  /** {@link #dnsSubdomain(Problems, String, String)} when {@code name} is present. */
  static void dnsSubdomain(Problems p, String what, Optional<String> name) {
    if (name.isPresent()) {
      dnsSubdomain(p, what, name.get());
    }
  }

  /** RBAC object names are path segments: anything but empty, ".", ".." or containing '/' or '%'. */
  static void pathSegment(Problems p, String what, String name) {
    if (name.isEmpty()) {
      p.add("%s must not be empty", what);
    } else if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("%")) {
      p.add("%s \"%s\" may not be \".\" or \"..\" nor contain '/' or '%%'", what, name);
    }
  }

  /** Label and annotation keys: optional DNS subdomain prefix and '/', then a name of at most 63. */
  static void qualifiedKey(Problems p, String what, String key) {
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
        p.add("%s \"%s\": prefix \"%s\" is not a DNS-1123 subdomain", what, key, prefix);
      }
    }
    if (name.isEmpty() || name.length() > 63 || !QUALIFIED_NAME.matcher(name).matches()) {
      p.add("%s \"%s\": name part must be 1-63 characters of alphanumerics, '-', '_' or '.', starting and"
          + " ending with an alphanumeric", what, key);
    }
  }

  /** Label values: empty, or at most 63 alphanumerics, '-', '_' or '.', starting and ending alphanumeric. */
  static void labelValue(Problems p, String what, String value) {
    if (value.length() > 63 || (!value.isEmpty() && !QUALIFIED_NAME.matcher(value).matches())) {
      p.add("%s value \"%s\" is not a valid label value (at most 63 alphanumerics, '-', '_' or '.',"
          + " starting and ending with an alphanumeric)", what, value);
    }
  }

  static void labels(Problems p, Map<String, String> labels) {
    for (Map.Entry<String, String> e : labels.entrySet()) {
      qualifiedKey(p, "label key", e.getKey());
      labelValue(p, "label \"" + e.getKey() + "\"", e.getValue());
    }
  }

  static void annotations(Problems p, Map<String, String> annotations) {
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      qualifiedKey(p, "annotation key", e.getKey());
      Texts.checkEncodable(p, "annotation \"" + e.getKey() + "\" value", e.getValue());
    }
  }

  /** Keys of ConfigMap and Secret data: alphanumerics, '-', '_' or '.', but not ".", ".." or "..*". */
  static void dataKey(Problems p, String key) {
    if (key.isEmpty() || key.length() > 253 || !key.matches("[-._a-zA-Z0-9]+")) {
      p.add("data key \"%s\" must be 1-253 alphanumerics, '-', '_' or '.'", key);
    } else if (key.equals(".") || key.startsWith("..")) {
      p.add("data key \"%s\" must not be \".\" nor start with \"..\"", key);
    }
  }
}
