package dev.autogen.runtime.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One SQL statement with its JDBC parameters ({@code ?} placeholders), without a trailing semicolon.
 * {@code transactional} is false for statements PostgreSQL refuses inside a transaction block
 * ({@code CREATE INDEX CONCURRENTLY}, and {@code ALTER TYPE ... ADD VALUE} before version 12).
 */
public record SqlStatement(String sql, List<Object> parameters, boolean transactional) {
  public SqlStatement {
    parameters = parameters == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  public static SqlStatement of(String sql) {
    return new SqlStatement(sql, List.of(), true);
  }

  public static SqlStatement nonTransactional(String sql) {
    return new SqlStatement(sql, List.of(), false);
  }
}
