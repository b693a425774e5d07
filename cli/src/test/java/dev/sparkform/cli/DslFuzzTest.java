package dev.sparkform.cli;

import static dev.sparkform.dsl.Dsl.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sparkform.compile.Target;
import dev.sparkform.dsl.Dsl;
import dev.sparkform.dsl.SparkApp;
import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every public factory of {@link Dsl} and every public wither of the values they lead to (found by
 * reflection, so none is missed), called with {@link HostileValues}: the result, put into an
 * otherwise valid stack, either renders for every target to output that reads back to the same
 * values ({@link RoundTrip}) or is refused by one {@link dev.sparkform.dsl.ValidationException} —
 * never another exception, at the call or later.
 *
 * <p>{@value #ROUNDS} rounds over all methods; case {@code i} uses a {@link Random} seeded
 * {@code base + i}, base {@value #BASE_SEED} unless {@code -Dsparkform.property.seed=N}. A failure
 * prints its seed, method and arguments.
 */
class DslFuzzTest {
  static final int ROUNDS = 2;
  static final long BASE_SEED = 20261130L;

  /** Dsl's factories of each type, and the withers that carry each type, found once. */
  private static final Map<Class<?>, List<Method>> PRODUCERS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<Class<?>, List<Method>> SLOTS = new java.util.concurrent.ConcurrentHashMap<>();

  /** Valid values to call withers on and to carry a generated value into a stack. */
  private static final Map<Class<?>, Supplier<Object>> BASES = new LinkedHashMap<>();

  static {
    BASES.put(Stack.class, DslFuzzTest::baseStack);
    BASES.put(SparkApp.class, DslFuzzTest::baseApp);
    BASES.put(dev.sparkform.dsl.SparkPod.class, Dsl::executor);
    BASES.put(dev.sparkform.dsl.Namespace.class, () -> namespace("jobs"));
    BASES.put(dev.sparkform.dsl.ResourceQuota.class, () -> quota("compute").pods(10));
    BASES.put(dev.sparkform.dsl.LimitRange.class, () -> limitRange("bounds").max(cores(8), gib(64)));
    BASES.put(dev.sparkform.dsl.ServiceAccount.class, () -> serviceAccount("reader"));
    BASES.put(dev.sparkform.dsl.Role.class, () -> role("reader").rules(rule().apiGroups("").resources("pods").verbs(GET)));
    BASES.put(dev.sparkform.dsl.PolicyRule.class, () -> rule().apiGroups("").resources("pods").verbs(GET));
    BASES.put(dev.sparkform.dsl.RoleBinding.class, () -> roleBinding("reader").role("reader").serviceAccount("reader"));
    BASES.put(dev.sparkform.dsl.ConfigMap.class, () -> configMap("settings").data("k", "v"));
    BASES.put(dev.sparkform.dsl.Secret.class, () -> secret("token").data("k", literal("v")));
    BASES.put(dev.sparkform.dsl.Scheduling.class, () -> scheduling().nodeSelector("pool", "spark"));
    BASES.put(dev.sparkform.dsl.Volume.class, () -> emptyDir("scratch", "/scratch"));
    BASES.put(dev.sparkform.dsl.Deps.class, () -> deps().jars("local:///opt/lib.jar"));
    BASES.put(dev.sparkform.dsl.DynamicAllocation.class, () -> dynamicAllocation().min(1).max(4));
    BASES.put(dev.sparkform.dsl.RestartPolicy.class, () -> onFailure(3, Duration.ofSeconds(30)));
    BASES.put(dev.sparkform.dsl.Schedule.class, () -> schedule("0 2 * * *"));
    BASES.put(dev.sparkform.dsl.SecurityContext.class, () -> restricted(185, 185));
    BASES.put(dev.sparkform.dsl.ApacheOptions.class, () -> apacheOptions().executors(1, 3));
    BASES.put(dev.sparkform.dsl.Monitoring.class, () -> monitoring().exposeDriverMetrics(true));
    BASES.put(dev.sparkform.dsl.SparkCluster.class, () -> sparkCluster("cluster").sparkVersion("4.0.1")
        .image("apache/spark:4.0.1"));
    BASES.put(dev.sparkform.dsl.ClusterNode.class, Dsl::clusterNode);
  }

  static Stack baseStack() {
    return stack("fuzz").namespace("jobs").add(namespace("jobs"));
  }

  static SparkApp baseApp() {
    return sparkApp("app").sparkVersion("4.0.1").image("apache/spark:4.0.1").mainClass("org.example.Main")
        .mainApplicationFile("local:///opt/app.jar");
  }

  /**
   * Dsl's public static factories, then every public method with parameters of every DSL type they
   * lead to that gives a DSL value: withers ({@code sparkApp(..).image(..)}) and the factories on
   * values ({@code node("pool").in(..)}, {@code gib(8).times(..)}).
   */
  static List<Method> methods() {
    List<Method> out = new ArrayList<>();
    Set<Class<?>> types = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (Method m : sorted(Dsl.class.getMethods())) {
      if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == Dsl.class) {
        out.add(m);
        todo.add(m.getReturnType());
      }
    }
    todo.add(Stack.class);
    while (!todo.isEmpty()) {
      Class<?> t = todo.poll();
      if (!isDsl(t) || !types.add(t)) {
        continue;
      }
      for (Method m : sorted(t.getMethods())) {
        if (!Modifier.isStatic(m.getModifiers()) && isDsl(m.getDeclaringClass()) && m.getParameterCount() > 0
            && (m.getReturnType().isAssignableFrom(t) || isDsl(m.getReturnType()))) {
          out.add(m);
          Arrays.stream(m.getParameterTypes()).map(p -> p.isArray() ? p.getComponentType() : p).forEach(todo::add);
          todo.add(m.getReturnType());
        }
      }
    }
    return out;
  }

  private static boolean isDsl(Class<?> t) {
    return t.getPackageName().equals("dev.sparkform.dsl") && Modifier.isPublic(t.getModifiers()) && !t.isEnum();
  }

  private static List<Method> sorted(Method[] methods) {
    return Arrays.stream(methods).sorted(Comparator.comparing(Method::toGenericString)).toList();
  }

  @Test
  void everyFactoryAndWitherGivesValidOutputOrOneValidationException() {
    long base = Long.getLong("sparkform.property.seed", BASE_SEED);
    List<Method> methods = methods();
    assertTrue(methods.size() > 150, "found only " + methods.size() + " methods");
    List<String> failures = new ArrayList<>();
    int cases = 0;
    int rendered = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (Method m : methods) {
        long seed = base + cases++;
        Case c = new Case(new HostileValues(new Random(seed)));
        String why;
        try {
          why = c.run(m);
        } catch (Throwable t) {
          why = "threw " + t;
        }
        if (why != null) {
          failures.add("seed " + seed + ": " + m.getDeclaringClass().getSimpleName() + "." + m.getName()
              + Arrays.toString(c.args) + ": " + escaped(why));
        }
        rendered += c.rendered;
      }
    }
    System.out.printf("DslFuzzTest: %d cases over %d methods, %d renders that read back unchanged, base seed %d%n",
        cases, methods.size(), rendered, base);
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + cases + " cases failed (base seed " + base + "):\n  "
          + String.join("\n  ", failures.subList(0, Math.min(25, failures.size()))));
    }
    assertEquals(ROUNDS * methods.size(), cases);
  }

  /** Control characters and surrogates as {@code \\uXXXX}, so that a report prints whole. */
  static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
        ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return sb.toString();
  }

  /** One call of one method with hostile arguments, and the outcome checked for every target. */
  private static final class Case {
    final HostileValues values;
    String[] args = new String[0];
    int rendered;
    int depth;

    Case(HostileValues values) {
      this.values = values;
    }

    String run(Method m) throws ReflectiveOperationException {
      Object receiver = Modifier.isStatic(m.getModifiers()) ? null : base(m.getDeclaringClass());
      Object[] a = arguments(m);
      args = Arrays.stream(a).map(Case::show).toArray(String[]::new);
      Object value;
      try {
        value = m.invoke(receiver, a);
      } catch (InvocationTargetException e) {
        return "the call threw " + e.getCause();
      }
      if (!isDsl(value.getClass()) && !(value instanceof Stack) && !isDslValue(value)) {
        return null; // a derived value (e.g. a Footprint): computing it without an exception is the outcome
      }
      Stack stack = plug(value, 0);
      if (stack == null) {
        return null;
      }
      boolean valid = stack.problems().isEmpty();
      stack.warnings();
      // An invalid stack fails alike for every target (validation comes first): one is enough.
      for (Target t : valid ? List.of(Target.values()) : List.of(Target.KUBEFLOW)) {
        String why = RoundTrip.check(stack, t);
        if (why != null) {
          return "target " + t.cliName() + ": " + why;
        }
        rendered += valid ? 1 : 0;
      }
      return null;
    }

    private static boolean isDslValue(Object v) {
      for (Class<?> c = v.getClass(); c != null; c = c.getSuperclass()) {
        if (isDsl(c)) {
          return true;
        }
      }
      return false;
    }

    private Object base(Class<?> type) {
      Supplier<Object> s = BASES.get(type);
      return s != null ? s.get() : generate(type);
    }

    private Object[] arguments(Method m) {
      Class<?>[] types = m.getParameterTypes();
      Object[] a = new Object[types.length];
      for (int i = 0; i < types.length; i++) {
        a[i] = generate(types[i]);
      }
      return a;
    }

    /** A hostile value of any parameter type the DSL takes. */
    Object generate(Class<?> type) {
      if (type == String.class) {
        return values.string();
      }
      if (type == int.class || type == Integer.class) {
        return values.anInt();
      }
      if (type == long.class || type == Long.class) {
        return values.aLong();
      }
      if (type == double.class || type == Double.class) {
        return values.aDouble();
      }
      if (type == boolean.class || type == Boolean.class) {
        return values.random().nextBoolean();
      }
      if (type == java.util.OptionalDouble.class) {
        return values.random().nextBoolean() ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(values.aDouble());
      }
      if (type == Duration.class) {
        return values.duration();
      }
      if (type.isEnum()) {
        Object[] constants = type.getEnumConstants();
        return constants[values.random().nextInt(constants.length)];
      }
      if (type.isArray()) {
        int n = values.random().nextInt(3);
        Object array = Array.newInstance(type.getComponentType(), n);
        for (int i = 0; i < n; i++) {
          Array.set(array, i, generate(type.getComponentType()));
        }
        return array;
      }
      if (type == PodTemplateSpec.class) {
        return new PodTemplateSpecBuilder().withNewMetadata().addToLabels("team", values.string())
            .addToAnnotations("note", values.string()).endMetadata().build();
      }
      if (type == io.fabric8.kubernetes.api.model.HasMetadata.class) {
        // include(..): any Kubernetes object, here a ConfigMap whose name, labels and data are hostile
        return new io.fabric8.kubernetes.api.model.ConfigMapBuilder().withNewMetadata().withName(values.string())
            .addToLabels("team", values.string()).endMetadata().addToData("k", values.string()).build();
      }
      if (type.getPackageName().startsWith("io.fabric8.")) {
        try {
          return type.getConstructor().newInstance(); // an empty model object: the DSL's escape hatch
        } catch (ReflectiveOperationException e) {
          throw new AssertionError("cannot create " + type.getName(), e);
        }
      }
      if (depth++ < 4) {
        List<Method> producers = PRODUCERS.computeIfAbsent(type, t -> Arrays.stream(Dsl.class.getMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers()) && t.isAssignableFrom(m.getReturnType()))
            .sorted(Comparator.comparing(Method::toGenericString)).toList());
        if (!producers.isEmpty()) {
          Method p = values.pick(producers);
          try {
            return p.invoke(null, arguments(p));
          } catch (ReflectiveOperationException e) {
            throw new AssertionError("generating " + type.getSimpleName() + " by " + p.getName() + " threw "
                + e.getCause(), e);
          }
        }
      }
      Supplier<Object> base = BASES.get(type);
      if (base == null && type == StackResource.class) {
        return baseApp();
      }
      if (type == dev.sparkform.dsl.Subject.class) {
        return roleBinding("b").serviceAccount(values.string()).subjects().get(0);
      }
      if (type == dev.sparkform.dsl.NodeRequirement.class) {
        return node(values.string()).in(values.string());
      }
      if (base == null) {
        throw new AssertionError("no generator for parameter type " + type.getName());
      }
      return base.get();
    }

    /** A stack that holds {@code value}: added to the base stack, or set on a valid carrier that is. */
    Stack plug(Object value, int level) throws ReflectiveOperationException {
      if (value instanceof Stack s) {
        return s.add(baseApp());
      }
      if (value instanceof SparkApp app) {
        return baseStack().add(app);
      }
      if (value instanceof StackResource r) {
        return baseStack().add(baseApp(), r);
      }
      if (level > 4) {
        return null;
      }
      List<Method> slots = SLOTS.computeIfAbsent(value.getClass(), type -> {
        List<Method> found = new ArrayList<>();
        for (Class<?> carrier : BASES.keySet()) {
          for (Method m : sorted(carrier.getMethods())) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1 && m.getReturnType() == carrier
                && accepts(m.getParameterTypes()[0], type)) {
              found.add(m);
            }
          }
        }
        return found;
      });
      if (slots.isEmpty()) {
        return null;
      }
      Method slot = values.pick(slots);
      Object param = value;
      if (slot.getParameterTypes()[0].isArray()) {
        param = Array.newInstance(slot.getParameterTypes()[0].getComponentType(), 1);
        Array.set(param, 0, value);
      }
      Object carried = slot.invoke(BASES.get(slot.getDeclaringClass()) == null
          ? base(slot.getReturnType()) : base(slot.getDeclaringClass()), param);
      return plug(carried, level + 1);
    }

    private static boolean accepts(Class<?> p, Class<?> type) {
      return p.isAssignableFrom(type) || (p.isArray() && p.getComponentType().isAssignableFrom(type));
    }

    static String show(Object o) {
      if (o instanceof String s) {
        return "\"" + (s.length() > 100 ? escaped(s.substring(0, 40)) + "...(" + s.length() + ")" : escaped(s)) + "\"";
      }
      if (o != null && o.getClass().isArray()) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Array.getLength(o); i++) {
          parts.add(show(Array.get(o, i)));
        }
        return parts.toString();
      }
      return String.valueOf(o);
    }
  }
}
