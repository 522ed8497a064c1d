package dev.autogen.runtime.internal;

import dev.autogen.runtime.dialect.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Executes each statement on a connection as a {@link PreparedStatement} with its parameters. A failure
 * is thrown as {@link StatementFailedException}, naming the database's error and the SQL that failed.
 */
public final class JdbcStatementSink implements StatementSink {
  private final Connection connection;

  public JdbcStatementSink(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  @Override
  public void accept(SqlStatement statement) {
    try {
      if (!statement.transactional() && !connection.getAutoCommit()) {
        throw new IllegalStateException(
            "PostgreSQL cannot run this statement inside a transaction: " + statement.sql().lines().findFirst().orElse("")
                + "; declare the migration @Revision(transactional = false)");
      }
      try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
        List<Object> parameters = statement.parameters();
        for (int i = 0; i < parameters.size(); i++) {
          ps.setObject(i + 1, jdbcValue(parameters.get(i)));
        }
        ps.execute();
      }
    } catch (SQLException e) {
      throw new StatementFailedException(statement, e);
    }
  }

  /** The value in a form the PostgreSQL driver binds: it has no binding for Instant or ZonedDateTime. */
  private static Object jdbcValue(Object value) {
    if (value instanceof Instant i) {
      return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    } else if (value instanceof ZonedDateTime z) {
      return z.toOffsetDateTime();
    } else if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value;
  }
}
