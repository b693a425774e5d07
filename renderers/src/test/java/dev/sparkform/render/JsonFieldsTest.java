package dev.sparkform.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonFields} reads from class files what Jackson's annotations say, for every model class
 * there is: each class of fabric8's model jars on the class path and of Sparkform's own model,
 * compared with the annotations read by reflection (the oracle).
 */
class JsonFieldsTest {

  @Test
  void classFilesGiveWhatTheAnnotationsSayForEveryModelClass() throws IOException {
    // GIVEN every class of the model jars and of dev.sparkform.model
    List<Class<?>> classes = modelClasses();
    List<String> differ = new ArrayList<>();
    int properties = 0;
    for (Class<?> c : classes) {
      // WHEN both read its JSON fields
      List<JsonFields.Declared> fromFile = JsonFields.of(c).orElseThrow(() -> new AssertionError("no class file: " + c));
      List<JsonFields.Declared> byReflection = byReflection(c);
      properties += byReflection.size();
      // THEN they agree, in order
      if (!fromFile.equals(byReflection)) {
        differ.add(c.getName() + ": " + fromFile + " vs " + byReflection);
      }
    }
    assertEquals(List.of(), differ);
    assertTrue(classes.size() > 2000 && properties > 5000, classes.size() + " classes, " + properties + " properties");
  }

  @Test
  void aClassWithoutAClassFileIsReadByReflection() throws Exception {
    // GIVEN ObjectMeta defined from its bytes by a loader that serves no class files
    Class<?> hidden = new NoResources().define(io.fabric8.kubernetes.api.model.ObjectMeta.class);
    Object meta = hidden.getConstructor().newInstance();
    Field name = hidden.getDeclaredField("name");
    name.setAccessible(true);
    name.set(meta, "spark-pi");
    // WHEN its fields are read
    // THEN from annotations, as the class file would have said
    assertTrue(JsonFields.of(hidden).isEmpty());
    assertEquals(PlainData.of(new ObjectMetaBuilder().withName("spark-pi").build()), PlainData.of(meta));
    assertEquals(Map.of("name", "spark-pi"), PlainData.of(meta));
  }

  private static List<JsonFields.Declared> byReflection(Class<?> c) {
    List<JsonFields.Declared> out = new ArrayList<>();
    for (Field f : c.getDeclaredFields()) {
      JsonProperty jp = f.getAnnotation(JsonProperty.class);
      if (!Modifier.isStatic(f.getModifiers()) && jp != null && f.getAnnotation(JsonIgnore.class) == null) {
        out.add(new JsonFields.Declared(f.getName(), jp.value().isEmpty() ? f.getName() : jp.value()));
      }
    }
    return out;
  }

  private static List<Class<?>> modelClasses() throws IOException {
    List<String> names = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.endsWith(".jar") && p.getFileName().toString().startsWith("kubernetes-model-")) {
        try (JarFile jar = new JarFile(entry)) {
          for (JarEntry e : Collections.list(jar.entries())) {
            names.add(e.getName());
          }
        }
      } else if (Files.isDirectory(p.resolve("dev/sparkform/model"))) {
        try (Stream<Path> files = Files.walk(p.resolve("dev/sparkform/model"))) {
          files.forEach(f -> names.add(p.relativize(f).toString()));
        }
      }
    }
    List<Class<?>> out = new ArrayList<>();
    for (String n : names) {
      if (n.endsWith(".class") && !n.endsWith("module-info.class") && !n.endsWith("package-info.class")) {
        try {
          out.add(Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false, JsonFieldsTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          // a class whose optional dependencies are absent: not one a stack can hold
        }
      }
    }
    return out;
  }

  /** Defines a class from its bytes and serves no resources, as a loader of generated classes would. */
  private static final class NoResources extends ClassLoader {
    NoResources() {
      super(JsonFieldsTest.class.getClassLoader());
    }

    Class<?> define(Class<?> c) throws IOException {
      try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
        byte[] bytes = in.readAllBytes();
        return defineClass(c.getName(), bytes, 0, bytes.length);
      }
    }

    @Override
    public URL getResource(String name) {
      return null;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return null;
    }
  }
}
