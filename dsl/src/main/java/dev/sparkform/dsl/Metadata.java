package dev.sparkform.dsl;

import java.util.Optional;

/** Checks shared by every resource: its name (by the kind's rule), namespace, labels, annotations. */
final class Metadata {
  enum NameRule { DNS_LABEL, DNS_SUBDOMAIN, PATH_SEGMENT }

  private Metadata() {}

  static void validate(Problems p, StackResource r, NameRule rule) {
    switch (rule) {
      case DNS_LABEL: Names.dnsLabel(p, "name", r.name()); break;
      case DNS_SUBDOMAIN: Names.dnsSubdomain(p, "name", r.name()); break;
      default: Names.pathSegment(p, "name", r.name()); break;
    }
    Optional<String> ns = r.namespace();
    if (ns.isPresent()) {
      if (r.namespaced()) {
        Names.dnsLabel(p, "namespace", ns.get());
      } else {
        p.add("%s is cluster-scoped and cannot have a namespace", r.kind());
      }
    }
    Names.labels(p, r.labels());
    Names.annotations(p, r.annotations());
  }
}
