package dev.sparkform.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/** Text formats a stack renders to. */
public enum Format {
  YAML("yaml"), JSON("json");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** All objects in one text: a multi-document YAML stream or a JSON {@code List}. */
  public String render(List<? extends HasMetadata> objects) {
    return this == YAML ? YamlRenderer.render(objects) : JsonRenderer.render(objects);
  }

  /** One object alone. */
  public String render(HasMetadata object) {
    return this == YAML ? YamlRenderer.render(object) : JsonRenderer.render(object);
  }
}
