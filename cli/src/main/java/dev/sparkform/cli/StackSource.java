package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Finds the stack a command works on: a built-in example, a user's class, or the program's own. */
final class StackSource {
  private StackSource() {}

  static Stack example(String name) {
    Optional<Example> example = Examples.named(name);
    if (example.isEmpty()) {
      throw new UsageError("no example named \"" + name + "\"; built-in examples: "
          + Examples.all().stream().map(Example::name).collect(Collectors.joining(", ")));
    }
    return example.get().define();
  }

  /**
   * Loads {@code className} from the class path (plus {@code classPath}, entries separated by the
   * platform's path separator). The class provides its stacks by a {@code public static} method
   * {@code define()} that returns a Stack or a collection of stacks, or by being a
   * {@code Supplier} of either, or an {@link Example}, with a no-argument constructor.
   */
  static List<Stack> fromClass(String className, String classPath) {
    ClassLoader loader = loader(classPath, className);
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new UsageError("class " + className + " was not found on the class path"
          + (classPath == null ? " (add its directory or jar with --class-path)" : " nor in " + classPath), e);
    }
    try {
      Method m = type.getMethod("define");
      if (Modifier.isStatic(m.getModifiers())) {
        return stacks(className, m.invoke(null));
      }
    } catch (NoSuchMethodException e) {
      // not the static-method form; try the instance forms
    } catch (ReflectiveOperationException e) {
      throw new UserError(className + ".define() failed: " + e.getCause(), e);
    }
    Object instance;
    try {
      instance = type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new UserError(className + " has no public static define() method and cannot be created"
          + " with a no-argument constructor", e);
    }
    if (instance instanceof Example) {
      return List.of(((Example) instance).define());
    }
    if (instance instanceof Supplier) {
      return stacks(className, ((Supplier<?>) instance).get());
    }
    throw new UserError(className + " provides no stack: give it a public static define() method that returns"
        + " a Stack or a list of stacks, or make it a Supplier of either");
  }

  private static List<Stack> stacks(String className, Object provided) {
    if (provided == null) {
      throw new UserError(className + " provided no stack (null): its define() or get() must return a Stack"
          + " or a non-empty list of stacks");
    }
    if (provided instanceof Stack) {
      return List.of((Stack) provided);
    }
    if (provided instanceof Collection<?> all && !all.isEmpty()) {
      List<Stack> stacks = new ArrayList<>();
      for (Object s : all) {
        if (s instanceof Stack stack) {
          stacks.add(stack);
        }
      }
      if (stacks.size() == all.size()) {
        return List.copyOf(stacks);
      }
    }
    throw new UserError(className + " provides " + (provided instanceof Collection ? "no stacks" : "no stack")
        + ": define() (or get()) must return a Stack or a non-empty list of stacks, not " + provided);
  }

  private static ClassLoader loader(String classPath, String className) {
    ClassLoader parent = StackSource.class.getClassLoader();
    if (classPath == null || classPath.isBlank()) {
      return parent;
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      File f = new File(entry);
      if (!f.exists()) {
        throw new UsageError("class path entry " + entry + " does not exist");
      }
      try {
        urls.add(f.toURI().toURL());
      } catch (MalformedURLException e) {
        throw new UsageError("class path entry " + entry + " is not a valid path", e);
      }
    }
    return new StackClassLoader(urls.toArray(new URL[0]), parent, className);
  }
}
