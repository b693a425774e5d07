package dev.sparkform.render;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.sparkform.compile.SecretResolver;
import dev.sparkform.compile.StackCompiler;
import dev.sparkform.dsl.Stack;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is rendered reads back, with fabric8's own (Jackson) deserializer, as exactly the objects
 * that were compiled: nothing lost, nothing added, nothing retyped.
 */
class ParseBackTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final StackCompiler WITH_X = StackCompiler.withSecrets(SecretResolver.of(Map.of("X", "v"), Path.of("")));

  static Stream<Arguments> stacks() {
    return Stream.of(
        Arguments.of("every kind with optional fields", SampleStacks.platform(), StackCompiler.create()),
        Arguments.of("namespace with quota, limit range and pod node selector",
            stack("ns-only").add(namespace("batch").podNodeSelector("pool", "spark")
                .quota(quota("q").requests(cpu("1.5"), memory("1536Mi")).pods(0))
                .limitRange(limitRange("lr").min(millicores(250), null).max(null, gib(64)))),
            StackCompiler.create()),
        Arguments.of("service accounts with and without pull secrets",
            stack("sa").namespace("spark").add(serviceAccount("bare"),
                serviceAccount("driver").imagePullSecrets("a", "b").automountToken(false),
                serviceAccount("other").namespace("elsewhere").automountToken(true)),
            StackCompiler.create()),
        Arguments.of("roles and cluster roles with non-resource URLs, bindings to users, groups and accounts",
            stack("rbac").namespace("spark").add(serviceAccount("driver"),
                role("pods").rules(rule().apiGroups("", "apps").resources("pods", "deployments")
                    .resourceNames("x").verbs(GET, WATCH)),
                clusterRole("health").rules(rule().nonResourceUrls("/healthz", "/livez*").verbs("get")),
                roleBinding("pods").role("pods").serviceAccount("driver").user("alice").group("team"),
                clusterRoleBinding("health").clusterRole("health").serviceAccount("driver")
                    .existingServiceAccount("kube-system", "probe").group("system:authenticated").user("carol"),
                roleBinding("view").clusterRole("view").user("dave")),
            StackCompiler.create()),
        Arguments.of("config maps with multi-line, tricky and empty data, immutable",
            stack("cm").add(configMap("conf").immutable(true)
                    .data("spark-defaults.conf", "spark.a yes\nspark.b 0x1F\n\n")
                    .data("script.sh", "#!/bin/sh\necho \"$@\" | tr -d '\\t'\n")
                    .data("quoted", "\"dq\" and 'sq'").data("empty", "").data("number", "012")
                    .data("unicode", "Grüße ✓ 日本 😀").data("bool", "off").data("colon", "a: b"),
                configMap("nothing")),
            StackCompiler.create()),
        Arguments.of("secrets from literal and environment",
            stack("sec").add(secret("db").data("password", fromEnv("X")).data("user", literal("spark")),
                secret("reg").type("kubernetes.io/dockerconfigjson")
                    .data(".dockerconfigjson", literal("{\"auths\":{}}")).immutable(true)),
            WITH_X));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void eachYamlDocumentReadsBackAsTheCompiledObject(String description, Stack stack, StackCompiler compiler) {
    // GIVEN the compiled objects
    List<HasMetadata> compiled = compiler.compile(stack);

    // WHEN they are rendered as one YAML stream, split into documents and read by fabric8
    String yaml = Format.YAML.render(compiled);
    String[] documents = yaml.split("(?m)^---\n");

    // THEN each document equals the compiled object at the same index
    assertEquals(compiled.size(), documents.length, yaml);
    for (int i = 0; i < documents.length; i++) {
      HasMetadata read = SERIALIZATION.unmarshal(documents[i]);
      assertEquals(compiled.get(i), read, "document " + i + ":\n" + documents[i]);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void jsonListReadsBackAsTheCompiledObjects(String description, Stack stack, StackCompiler compiler) {
    // GIVEN the compiled objects
    List<HasMetadata> compiled = compiler.compile(stack);

    // WHEN they are rendered as a JSON List and read by fabric8
    Object read = SERIALIZATION.unmarshal(Format.JSON.render(compiled));

    // THEN it is a v1 List whose items equal the compiled objects, in order
    KubernetesList list = assertInstanceOf(KubernetesList.class, read);
    assertEquals("v1", list.getApiVersion());
    assertEquals("List", list.getKind());
    assertEquals(compiled, list.getItems());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stacks")
  void eachObjectRenderedAloneReadsBackInBothFormats(String description, Stack stack, StackCompiler compiler) {
    for (HasMetadata o : compiler.compile(stack)) {
      assertEquals(o, SERIALIZATION.unmarshal(Format.YAML.render(o)));
      assertEquals(o, SERIALIZATION.unmarshal(Format.JSON.render(o)));
    }
  }

  @Test
  void configMapDataAndSecretBytesSurviveTheRoundTrip(@TempDir Path dir) throws Exception {
    // GIVEN a file of bytes that are not UTF-8 and a config map with text a reader could retype
    byte[] binary = {0, (byte) 0xff, (byte) 0xfe, 10, 13, 'a'};
    Files.write(dir.resolve("key.bin"), binary);
    Stack stack = stack("bytes").add(secret("bin").data("key", fromFile("key.bin")),
        configMap("text").data("flag", "yes").data("text", "line 1\nline 2\n"));
    List<HasMetadata> compiled = StackCompiler.withSecrets(SecretResolver.of(Map.of(), dir)).compile(stack);

    // WHEN rendered and read back
    String[] documents = Format.YAML.render(compiled).split("(?m)^---\n");
    ConfigMap cm = SERIALIZATION.unmarshal(documents[0], ConfigMap.class);
    Secret secret = SERIALIZATION.unmarshal(documents[1], Secret.class);

    // THEN strings and bytes are unchanged
    assertEquals(Map.of("flag", "yes", "text", "line 1\nline 2\n"), cm.getData());
    assertEquals(new String(binary, StandardCharsets.ISO_8859_1),
        new String(Base64.getDecoder().decode(secret.getData().get("key")), StandardCharsets.ISO_8859_1));
  }
}
