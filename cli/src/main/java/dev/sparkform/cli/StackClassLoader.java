package dev.sparkform.cli;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads a --stack class and the classes of its own package from --class-path before asking the
 * command line's class path. Asking that first (the usual parent-first order) searches every jar
 * of the command line for a class it does not have, which costs more than a whole render. Sparkform's
 * own packages always come from the command line, so a stack's types are the ones it compiles.
 */
final class StackClassLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  private final String ownPackage;

  StackClassLoader(URL[] urls, ClassLoader parent, String stackClass) {
    super(urls, parent);
    int dot = stackClass.lastIndexOf('.');
    this.ownPackage = dot < 0 ? "" : stackClass.substring(0, dot);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!own(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        try {
          c = findClass(name);
        } catch (ClassNotFoundException notHere) {
          return super.loadClass(name, resolve);
        }
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  private boolean own(String name) {
    if (name.startsWith("dev.sparkform.") || name.startsWith("java.")) {
      return false;
    }
    int dot = name.lastIndexOf('.');
    String pkg = dot < 0 ? "" : name.substring(0, dot);
    return pkg.equals(ownPackage) || !ownPackage.isEmpty() && pkg.startsWith(ownPackage + ".");
  }
}
