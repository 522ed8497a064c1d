package dev.autogen.runtime.internal;

import dev.autogen.runtime.dialect.SqlStatement;
import java.sql.SQLException;

/**
 * A statement of a migration failed on the database. The message is one line naming the database's error
 * and the SQL that failed; {@link #getCause()} is the driver's {@link SQLException}.
 */
public class StatementFailedException extends RuntimeException {
  /** Longest SQL quoted in the message; the whole statement is in {@link #statement()}. */
  private static final int MAX_SQL_IN_MESSAGE = 300;

  private final transient SqlStatement statement;

  public StatementFailedException(SqlStatement statement, SQLException cause) {
    super(oneLine(cause.getMessage()) + sqlState(cause) + ", in: " + abbreviate(oneLine(statement.sql())), cause);
    this.statement = statement;
  }

  /** The statement that failed, with its parameters. */
  public SqlStatement statement() {
    return statement;
  }

  @Override
  public synchronized SQLException getCause() {
    return (SQLException) super.getCause();
  }

  /** The driver's message (PostgreSQL's ERROR, Detail, Hint, Position lines) joined into one line. */
  private static String oneLine(String text) {
    if (text == null) {
      return "the statement failed";
    }
    return text.strip().replaceAll("\\s*\\R\\s*", "; ").replaceAll("[ \\t]+", " ");
  }

  private static String sqlState(SQLException e) {
    return e.getSQLState() == null ? "" : " (SQLState " + e.getSQLState() + ")";
  }

  private static String abbreviate(String sql) {
    return sql.length() <= MAX_SQL_IN_MESSAGE ? sql : sql.substring(0, MAX_SQL_IN_MESSAGE - 3) + "...";
  }
}
