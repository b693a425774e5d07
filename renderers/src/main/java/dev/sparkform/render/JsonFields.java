package dev.sparkform.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The JSON properties a model class declares itself: its instance fields with Jackson's
 * {@code @JsonProperty} and without {@code @JsonIgnore}, in declaration order, named by the
 * annotation's value (else the field's name). Read from the class file with ASM rather than by
 * reflection: reflection makes a proxy object per annotation and a proxy class per annotation
 * type, which cost a one-app render two thirds of its rendering time. A {@link FieldTable} the
 * start-up training wrote spares even that.
 */
final class JsonFields {
  private static final String JSON_PROPERTY = "Lcom/fasterxml/jackson/annotation/JsonProperty;";
  private static final String JSON_IGNORE = "Lcom/fasterxml/jackson/annotation/JsonIgnore;";

  /** A field and the JSON name it is written under. */
  record Declared(String field, String json) {}

  private JsonFields() {}

  /** Jars read so far, kept open: the model classes of one render come from a handful. */
  private static final Map<String, JarFile> JARS = new ConcurrentHashMap<>();

  /** The class's own JSON fields, or empty when its class file cannot be read (a class made at run time). */
  static Optional<List<Declared>> of(Class<?> type) {
    List<Declared> known = FieldTable.lookup(type);
    if (known != null) {
      return Optional.of(known);
    }
    try {
      byte[] bytes = classFile(type);
      if (bytes == null) {
        return Optional.empty();
      }
      List<Declared> out = new ArrayList<>();
      List<String[]> all = new ArrayList<>();
      new ClassReader(bytes).accept(new Fields(out, all), ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      FieldTable.read(type, all);
      return Optional.of(out);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or not a class file ASM knows: the caller reads annotations instead
    }
  }

  /**
   * The class file, from the jar or directory the class was loaded from; else from its loader.
   * Reading the jar directly: a class loader's resource lookup first searches every module of
   * the JDK and then opens the jar a second time through a {@code jar:} URL.
   */
  private static byte[] classFile(Class<?> type) throws IOException {
    String resource = type.getName().replace('.', '/') + ".class";
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source != null && source.getLocation() != null && source.getLocation().getProtocol().equals("file")) {
      Path where = Path.of(URI.create(source.getLocation().toString()));
      if (Files.isDirectory(where)) {
        Path file = where.resolve(resource);
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
      }
      JarFile jar = jar(where.toString());
      JarEntry entry = jar == null ? null : jar.getJarEntry(resource);
      if (entry != null) {
        try (InputStream in = jar.getInputStream(entry)) {
          return in.readAllBytes();
        }
      }
    }
    ClassLoader loader = type.getClassLoader();
    try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
        : loader.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /** The jar, opened once per process; null when it is not one. */
  private static JarFile jar(String path) {
    JarFile jar = JARS.get(path);
    if (jar != null) {
      return jar;
    }
    jar = open(path);
    if (jar == null) {
      return null;
    }
    JarFile first = JARS.putIfAbsent(path, jar);
    if (first == null) {
      return jar;
    }
    try {
      jar.close(); // another thread opened it first
    } catch (IOException e) {
      // nothing was read from it
    }
    return first;
  }

  private static JarFile open(String path) {
    try {
      return new JarFile(path, false);
    } catch (IOException e) {
      return null; // not a jar after all: the class loader is asked instead
    }
  }

  /** Collects the JSON properties, and every instance field with its JSON name or null (for {@link FieldTable}). */
  private static final class Fields extends ClassVisitor {
    private final List<Declared> out;
    private final List<String[]> all;

    Fields(List<Declared> out, List<String[]> all) {
      super(Opcodes.ASM9);
      this.out = out;
      this.all = all;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      return (access & Opcodes.ACC_STATIC) != 0 ? null : new Field(name, out, all);
    }
  }

  private static final class Field extends FieldVisitor {
    private final String name;
    private final List<Declared> out;
    private final List<String[]> all;
    private String json;
    private boolean ignored;

    Field(String name, List<Declared> out, List<String[]> all) {
      super(Opcodes.ASM9);
      this.name = name;
      this.out = out;
      this.all = all;
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
      if (descriptor.equals(JSON_IGNORE)) {
        ignored = true;
      } else if (descriptor.equals(JSON_PROPERTY)) {
        json = name;
        return new AnnotationVisitor(Opcodes.ASM9) {
          @Override
          public void visit(String attribute, Object v) {
            if (attribute.equals("value") && !((String) v).isEmpty()) {
              json = (String) v;
            }
          }
        };
      }
      return null;
    }

    @Override
    public void visitEnd() {
      boolean property = json != null && !ignored;
      if (property) {
        out.add(new Declared(name, json));
      }
      all.add(new String[] {name, property ? json : null});
    }
  }
}
