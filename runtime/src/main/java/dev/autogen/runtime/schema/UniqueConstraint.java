package dev.autogen.runtime.schema;

import java.util.List;
import java.util.Objects;

/** A UNIQUE constraint over one or more columns; {@code nullsNotDistinct} is PostgreSQL 15's NULLS NOT DISTINCT. */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) implements Constraint {
  public UniqueConstraint {
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a unique constraint needs at least one column");
    }
  }

  @Override
  public UniqueConstraint named(String newName) {
    return new UniqueConstraint(newName, columns, nullsNotDistinct);
  }

  public UniqueConstraint withNullsNotDistinct() {
    return new UniqueConstraint(name, columns, true);
  }
}
