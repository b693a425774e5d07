package com.acme;

import static dev.sparkform.Sparkform.*;

import dev.sparkform.dsl.Stack;
import dev.sparkform.dsl.StackResource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A namespace and 299 config maps: an apply long enough to be killed half-way. */
public final class ManyObjects implements Supplier<Stack> {
  @Override
  public Stack get() {
    List<StackResource> r = new ArrayList<>(List.of(namespace("many")));
    for (int i = 0; i < 299; i++) {
      r.add(configMap("c-" + i).data("k", "v" + i));
    }
    return stack("many").namespace("many").add(r.toArray(StackResource[]::new));
  }
}
