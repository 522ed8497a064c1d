package dev.autogen.runtime.internal;

import dev.autogen.runtime.Operations;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.SqlStatement;
import dev.autogen.runtime.op.Op;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The {@link Operations} a migration runs with: each op is rendered by the dialect and its statements are
 * handed to a {@link StatementSink} (executed online, written to a script offline).
 */
public final class SqlOperations implements Operations {
  private final Dialect dialect;
  private final String schema;
  private final Connection connection;
  private final StatementSink sink;

  /**
   * @param schema the schema ops work in, null for the connection's default
   * @param connection the connection handed to Java data migrations; null offline
   */
  public SqlOperations(Dialect dialect, String schema, Connection connection, StatementSink sink) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.schema = schema;
    this.connection = connection;
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  @Override
  public void apply(Op op) {
    for (SqlStatement statement : dialect.toSql(op)) {
      try {
        sink.accept(statement);
      } catch (SQLException e) {
        throw new StatementFailedException(statement, e);
      }
    }
  }

  @Override
  public String schema() {
    return schema;
  }

  @Override
  public Operations inSchema(String otherSchema) {
    return new SqlOperations(dialect, otherSchema, connection, sink);
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  @Override
  public Connection connection() {
    if (connection == null) {
      throw new IllegalStateException(
          "this migration uses the JDBC connection, which offline (--sql) mode does not have; run it online");
    }
    return connection;
  }
}
