package dev.autogen.runtime.schema;

import java.util.Objects;

/**
 * A column type, spelled the way the database itself prints it (for PostgreSQL, {@code format_type()}:
 * {@code character varying(255)}, {@code integer}, {@code timestamp(6) with time zone}).
 *
 * <p>Both sides of a diff are read by the same reader, so two types are equal exactly when the database
 * would print them the same; no synonym table is needed. {@link Ddl} has factories for the common types.
 */
public record SqlType(String sql) {
  public SqlType {
    Objects.requireNonNull(sql, "sql");
    if (sql.isBlank()) {
      throw new IllegalArgumentException("a column type cannot be blank");
    }
  }

  @Override
  public String toString() {
    return sql;
  }
}
