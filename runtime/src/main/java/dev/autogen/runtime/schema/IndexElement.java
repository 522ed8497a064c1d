package dev.autogen.runtime.schema;

import java.util.Objects;

/**
 * One key of an index: a column name, or (when {@code expression} is true) an SQL expression, with its
 * sort direction and NULLS placement (null: the database default).
 */
public record IndexElement(String value, boolean expression, boolean descending, Nulls nulls) {
  /** NULLS FIRST or NULLS LAST. */
  public enum Nulls { FIRST, LAST }

  public IndexElement {
    Objects.requireNonNull(value, "value");
  }

  public static IndexElement column(String name) {
    return new IndexElement(name, false, false, null);
  }

  public static IndexElement expression(String sql) {
    return new IndexElement(sql, true, false, null);
  }

  public IndexElement desc() {
    return new IndexElement(value, expression, true, nulls);
  }

  public IndexElement nulls(Nulls placement) {
    return new IndexElement(value, expression, descending, placement);
  }
}
