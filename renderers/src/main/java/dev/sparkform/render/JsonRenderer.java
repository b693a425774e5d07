package dev.sparkform.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON in the same field order as the YAML, two-space indented: a stack as a Kubernetes
 * {@code v1 List} (what {@code kubectl apply -f} and {@code kubectl get -o json} use).
 */
public final class JsonRenderer {
  private JsonRenderer() {}

  public static String render(List<? extends HasMetadata> objects) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("apiVersion", "v1");
    list.put("kind", "List");
    List<Object> items = new ArrayList<>();
    for (HasMetadata o : objects) {
      items.add(PlainData.of(o));
    }
    list.put("items", items);
    return renderData(list);
  }

  public static String render(HasMetadata object) {
    return renderData(PlainData.of(object));
  }

  /** Plain data (maps, lists, strings, numbers, booleans) as indented JSON. */
  public static String renderData(Object data) {
    StringBuilder sb = new StringBuilder();
    write(sb, data, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object v, int depth) {
    if (v instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) v;
      if (m.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        newline(sb, depth + 1);
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        write(sb, e.getValue(), depth + 1);
        if (it.hasNext()) {
          sb.append(',');
        }
      }
      newline(sb, depth);
      sb.append('}');
    } else if (v instanceof List) {
      List<?> l = (List<?>) v;
      if (l.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        newline(sb, depth + 1);
        write(sb, l.get(i), depth + 1);
        if (i < l.size() - 1) {
          sb.append(',');
        }
      }
      newline(sb, depth);
      sb.append(']');
    } else if (v instanceof String) {
      string(sb, (String) v);
    } else if (v == null) {
      sb.append("null");
    } else {
      sb.append(v);
    }
  }

  private static void newline(StringBuilder sb, int depth) {
    sb.append('\n');
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        case '\b': sb.append("\\b"); break;
        case '\f': sb.append("\\f"); break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
