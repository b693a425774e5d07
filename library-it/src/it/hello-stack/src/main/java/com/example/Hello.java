package com.example;

import static dev.sparkform.Sparkform.*;

/** The README's three-line program. */
public class Hello {
  public static void main(String[] args) {
    render(stack("hello").namespace("spark-jobs").add(namespace("spark-jobs"), serviceAccount("spark")));
  }
}
