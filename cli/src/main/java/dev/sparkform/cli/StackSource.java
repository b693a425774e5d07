package dev.sparkform.cli;

import dev.sparkform.dsl.Stack;
import dev.sparkform.examples.Example;
import dev.sparkform.examples.Examples;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Finds the stack a command works on: a built-in example, a user's class, or the program's own. */
final class StackSource {
  private StackSource() {}

  static Stack example(String name) {
    return Examples.named(name).map(Example::define).orElseThrow(() -> new UserError("no example named \""
        + name + "\"; built-in examples: "
        + Examples.all().stream().map(Example::name).collect(Collectors.joining(", "))));
  }

  /**
   * Loads {@code className} from the class path (plus {@code classPath}, entries separated by the
   * platform's path separator). The class provides a stack by a {@code public static Stack stack()}
   * method, or by being a {@code Supplier<Stack>} or an {@link Example} with a no-argument constructor.
   */
  static Stack fromClass(String className, String classPath) {
    Stack stack = provided(className, classPath);
    if (stack == null) {
      throw new UserError(className + " provided no stack (null): its define() or get() must return a Stack");
    }
    return stack;
  }

  private static Stack provided(String className, String classPath) {
    ClassLoader loader = loader(classPath);
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new UserError("class " + className + " was not found on the class path"
          + (classPath == null ? " (add its directory or jar with --class-path)" : " nor in " + classPath), e);
    }
    try {
      Method m = type.getMethod("define");
      if (Modifier.isStatic(m.getModifiers()) && Stack.class.isAssignableFrom(m.getReturnType())) {
        return (Stack) m.invoke(null);
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
      throw new UserError(className + " has no public static Stack define() method and cannot be created"
          + " with a no-argument constructor", e);
    }
    if (instance instanceof Example) {
      return ((Example) instance).define();
    }
    if (instance instanceof Supplier) {
      Object s = ((Supplier<?>) instance).get();
      if (s instanceof Stack) {
        return (Stack) s;
      }
    }
    throw new UserError(className + " provides no stack: give it a public static Stack define() method,"
        + " or make it a Supplier<Stack>");
  }

  private static ClassLoader loader(String classPath) {
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
        throw new UserError("class path entry " + entry + " does not exist");
      }
      try {
        urls.add(f.toURI().toURL());
      } catch (MalformedURLException e) {
        throw new UserError("class path entry " + entry + " is not a valid path", e);
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), parent);
  }
}
