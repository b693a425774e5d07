package dev.sparkform.render;

import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON fields {@link JsonFields} read from class files, kept in a file so that a later process
 * need not read them again: {@code bin/sparkform}'s start-up training writes it beside the start-up
 * archive, and each render reads it (reading the class files of one app's sixteen model classes
 * cost a cold process about 20 ms, opening three jars and parsing each class). The file is named by
 * the system property {@value #PROPERTY}; without it, or for a class it does not hold, the class
 * file is read.
 *
 * <p>A line per class: its name, then every instance field in declaration order, {@code field} or
 * {@code field=json} for a JSON property. A class is taken from the file only when its instance
 * fields, read by reflection, are exactly those names in that order: a model jar of another version
 * falls back to its class file rather than being written with another's names.
 */
public final class FieldTable {
  /** The system property naming the file. */
  public static final String PROPERTY = "sparkform.field-table";

  /** What this process knows, from class files or this table: class name to instance fields, each with its JSON name or null. */
  private static final Map<String, List<String[]>> READ = new TreeMap<>();

  private static Map<String, String> lines;
  private static String linesFrom;

  private FieldTable() {}

  /** Writes the fields of every class this process has looked up to {@code file}, replacing it. */
  public static void write(Path file) throws IOException {
    Path tmp = Unique.create(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp", false);
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      synchronized (READ) {
        for (Map.Entry<String, List<String[]>> c : READ.entrySet()) {
          StringBuilder line = new StringBuilder(c.getKey());
          for (String[] f : c.getValue()) {
            line.append(' ').append(f[0]);
            if (f[1] != null) {
              line.append('=').append(f[1]);
            }
          }
          w.write(line.append('\n').toString());
        }
      }
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Records a class JsonFields read: each instance field with its JSON name, or null when it is none. */
  static void read(Class<?> type, List<String[]> fields) {
    for (String[] f : fields) {
      if (!plain(f[0]) || f[1] != null && !plain(f[1])) {
        return; // a name the line format cannot hold: the class is read from its class file again
      }
    }
    synchronized (READ) {
      READ.put(type.getName(), fields);
    }
  }

  /** The class's JSON fields from the file, or null when the file does not hold them (or holds another version's). */
  static List<JsonFields.Declared> lookup(Class<?> type) {
    String line = lines().get(type.getName());
    if (line == null) {
      return null;
    }
    List<JsonFields.Declared> out = new ArrayList<>();
    List<String[]> all = new ArrayList<>();
    Field[] fields = type.getDeclaredFields();
    int at = 0;
    int start = type.getName().length() + 1;
    while (start <= line.length()) {
      int end = line.indexOf(' ', start);
      end = end < 0 ? line.length() : end;
      int eq = line.indexOf('=', start);
      String name = line.substring(start, eq < 0 || eq > end ? end : eq);
      while (at < fields.length && Modifier.isStatic(fields[at].getModifiers())) {
        at++;
      }
      if (at == fields.length || !fields[at].getName().equals(name)) {
        return null;
      }
      at++;
      String json = eq >= 0 && eq < end ? line.substring(eq + 1, end) : null;
      if (json != null) {
        out.add(new JsonFields.Declared(name, json));
      }
      all.add(new String[] {name, json});
      start = end + 1;
    }
    while (at < fields.length && Modifier.isStatic(fields[at].getModifiers())) {
      at++;
    }
    if (at < fields.length) {
      return null;
    }
    read(type, all); // a table written by this process holds it too
    return out;
  }

  /** The file's lines by class name, read once (again only when the property names another file). */
  private static synchronized Map<String, String> lines() {
    String file = System.getProperty(PROPERTY, "");
    if (lines == null || !file.equals(linesFrom)) {
      lines = new HashMap<>();
      linesFrom = file;
      if (!file.isEmpty()) {
        try {
          // Read whole and cut at newlines: line by line through a reader costs a cold process ms.
          String all = Files.readString(Path.of(file));
          for (int start = 0; start < all.length(); ) {
            int end = all.indexOf('\n', start);
            end = end < 0 ? all.length() : end;
            int space = all.indexOf(' ', start);
            String line = all.substring(start, end);
            lines.put(space < 0 || space > end ? line : all.substring(start, space), line);
            start = end + 1;
          }
        } catch (IOException e) {
          lines.clear(); // no table (not written yet, or unreadable): class files are read
        }
      }
    }
    return lines;
  }

  private static boolean plain(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '=' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }
}
