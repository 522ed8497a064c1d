package dev.autogen.runtime.schema;

import java.util.List;
import java.util.Objects;

/** A primary key over one or more columns, in key order. */
public record PrimaryKey(String name, List<String> columns) implements Constraint {
  public PrimaryKey {
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a primary key needs at least one column");
    }
  }

  @Override
  public PrimaryKey named(String newName) {
    return new PrimaryKey(newName, columns);
  }
}
