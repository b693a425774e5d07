package dev.sparkform.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sparkform.model.kubeflow.SparkApplicationSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Toleration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field table gives what the class files give ({@link JsonFields} reading them with ASM is the
 * oracle, itself checked against Jackson's annotations), and nothing for a class whose fields are
 * not the ones it recorded.
 */
class FieldTableTest {
  @TempDir
  Path tmp;

  @AfterEach
  void noTable() {
    System.clearProperty(FieldTable.PROPERTY);
  }

  @Test
  void aWrittenTableGivesWhatTheClassFilesGive() throws Exception {
    // GIVEN classes read from their class files, and the table written
    List<Class<?>> classes = List.of(ObjectMeta.class, Toleration.class, SparkApplicationSpec.class);
    List<List<JsonFields.Declared>> fromFiles = new ArrayList<>();
    for (Class<?> c : classes) {
      fromFiles.add(JsonFields.of(c).orElseThrow());
    }
    Path table = tmp.resolve("fields");
    FieldTable.write(table);

    // WHEN a process reads the table
    System.setProperty(FieldTable.PROPERTY, table.toString());

    // THEN each class's fields come from it, the same
    for (int i = 0; i < classes.size(); i++) {
      assertEquals(fromFiles.get(i), FieldTable.lookup(classes.get(i)), classes.get(i).getName());
    }
    // AND a table written again, by a process that found them in the table, holds them the same
    Path again = tmp.resolve("again");
    FieldTable.write(again);
    for (String line : Files.readAllLines(table)) {
      assertTrue(Files.readAllLines(again).contains(line), line);
    }
  }

  @Test
  void aClassWhoseFieldsDifferFromTheTableIsNotTakenFromIt() throws Exception {
    String meta = ObjectMeta.class.getName();
    String fields = line(ObjectMeta.class);
    List<JsonFields.Declared> fromFile = JsonFields.of(ObjectMeta.class).orElseThrow(); // no table named yet
    // GIVEN lines for ObjectMeta as another version of it might have them: a field missing, one
    // more, two in another order; and a table without the class
    List<String> tables = List.of(
        meta + " annotations=annotations",
        meta + " " + fields + " extra=extra",
        meta + " " + swapFirstTwo(fields),
        Toleration.class.getName() + " " + line(Toleration.class));
    for (String content : tables) {
      use(content);
      // THEN the table gives nothing for it: its class file is read instead
      assertNull(FieldTable.lookup(ObjectMeta.class), content);
    }
    // AND the untampered line is taken (the tampering, not the format, made the difference)
    use(meta + " " + fields);
    assertEquals(fromFile, FieldTable.lookup(ObjectMeta.class));
  }

  /** A table of its own (the table is read once per file named) with this content, for the lookups that follow. */
  private void use(String content) throws Exception {
    Path table = Files.createTempFile(tmp, "fields", "");
    Files.writeString(table, content + "\n");
    System.setProperty(FieldTable.PROPERTY, table.toString());
  }

  /** The class's fields as a table line has them, after its name. */
  private static String line(Class<?> c) throws Exception {
    Path file = Files.createTempFile("fields", "");
    try {
      JsonFields.of(c);
      FieldTable.write(file);
      for (String l : Files.readAllLines(file)) {
        if (l.startsWith(c.getName() + " ")) {
          return l.substring(c.getName().length() + 1);
        }
      }
      throw new AssertionError("not written: " + c);
    } finally {
      Files.delete(file);
    }
  }

  private static String swapFirstTwo(String fields) {
    String[] f = fields.split(" ");
    String first = f[0];
    f[0] = f[1];
    f[1] = first;
    return String.join(" ", f);
  }
}
