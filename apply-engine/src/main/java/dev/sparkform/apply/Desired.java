package dev.sparkform.apply;

import dev.sparkform.render.PlainData;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The objects to write: the compiled stack as canonical plain data, each labelled as a member of
 * the set (and managed by sparkform) and annotated with what we apply ({@link LastApplied}).
 */
final class Desired {
  private Desired() {}

  static List<Map<String, Object>> of(ApplySet set, List<? extends HasMetadata> objects) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (HasMetadata o : objects) {
      out.add(of(set, PlainData.of(o)));
    }
    return out;
  }

  static Map<String, Object> of(ApplySet set, Map<String, Object> plain) {
    Map<String, Object> object = Plain.copy(ServerFields.strip(Plain.object(plain)));
    Map<String, Object> meta = Plain.map(object.get("metadata"));
    Map<String, Object> labels = Plain.map(meta.get("labels"));
    labels.put(ApplySet.MANAGED_BY_LABEL, ApplySet.TOOL);
    labels.put(ApplySet.PART_OF_LABEL, set.id());
    meta.put("labels", labels);
    Map<String, Object> annotations = Plain.map(meta.get("annotations"));
    meta.put("annotations", annotations);
    annotations.remove(LastApplied.ANNOTATION);
    String record = LastApplied.of(Plain.object(object));
    annotations.put(LastApplied.ANNOTATION, record);
    return Plain.object(object);
  }
}
