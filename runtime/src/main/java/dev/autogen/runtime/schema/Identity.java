package dev.autogen.runtime.schema;

/**
 * An identity column's generation ({@code GENERATED ALWAYS} or {@code BY DEFAULT}), with optional
 * sequence options; null options mean the database default.
 */
public record Identity(Generation generation, Long start, Long increment) {
  /** Which of the two identity forms. */
  public enum Generation { ALWAYS, BY_DEFAULT }

  public Identity {
    java.util.Objects.requireNonNull(generation, "generation");
  }

  public static Identity always() {
    return new Identity(Generation.ALWAYS, null, null);
  }

  public static Identity byDefault() {
    return new Identity(Generation.BY_DEFAULT, null, null);
  }
}
