package dev.autogen.runtime.schema;

import java.util.Objects;

/** A CHECK constraint; the expression is SQL, without the surrounding {@code CHECK (...)}. */
public record CheckConstraint(String name, String expression) implements Constraint {
  public CheckConstraint {
    Objects.requireNonNull(expression, "expression");
  }

  @Override
  public CheckConstraint named(String newName) {
    return new CheckConstraint(newName, expression);
  }
}
