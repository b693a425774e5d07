package dev.sparkform.compile;

import dev.sparkform.dsl.Problems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the API server checks in the values of its built-in Secret types, checked once the values
 * are read (they come from files and the environment, so the DSL cannot): registry credentials
 * must be JSON, {@code .dockerconfigjson} an object with {@code auths}. Otherwise the server
 * refuses the Secret (422) in the middle of an apply.
 */
final class SecretFormats {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SecretFormats() {}

  static void check(String type, String key, byte[] value, Problems p) {
    boolean dockerConfigJson = type.equals("kubernetes.io/dockerconfigjson") && key.equals(".dockerconfigjson");
    boolean dockerCfg = type.equals("kubernetes.io/dockercfg") && key.equals(".dockercfg");
    if (!dockerConfigJson && !dockerCfg) {
      return;
    }
    JsonNode json;
    try {
      json = JSON.readTree(value);
    } catch (JacksonException e) {
      p.add("is not JSON (a %s secret's %s must be; the server refuses it): %s", type, key,
          e.getOriginalMessage());
      return;
    }
    if (json == null || !json.isObject()) {
      p.add("is not a JSON object (a %s secret's %s must be)", type, key);
    } else if (dockerConfigJson && !json.path("auths").isObject()) {
      p.add("has no \"auths\" object (a %s secret's %s is {\"auths\": {\"REGISTRY\": {...}}})", type, key);
    }
  }
}
