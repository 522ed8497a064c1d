package dev.autogen.runtime.op;

import java.util.Objects;

/**
 * One property's change in an {@link Op.AlterColumn}: from a value to another. When the old value is not
 * known (a hand-written alter that names only the new value) {@code fromKnown} is false and the change
 * cannot be reversed.
 */
public record Change<T>(T from, T to, boolean fromKnown) {
  public static <T> Change<T> of(T from, T to) {
    return new Change<>(from, to, true);
  }

  public static <T> Change<T> to(T to) {
    return new Change<>(null, to, false);
  }

  public Change<T> reverse(String what) {
    if (!fromKnown) {
      throw new IrreversibleOperationException(
          "cannot reverse the change of " + what + ": its previous value was not recorded; write the downgrade by hand");
    }
    return new Change<>(to, from, true);
  }

  public boolean isNoop() {
    return fromKnown && Objects.equals(from, to);
  }
}
