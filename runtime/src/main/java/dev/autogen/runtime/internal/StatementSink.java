package dev.autogen.runtime.internal;

import dev.autogen.runtime.dialect.SqlStatement;
import java.sql.SQLException;

/** Where rendered statements go: executed on a connection, or written to an offline script. */
@FunctionalInterface
public interface StatementSink {
  void accept(SqlStatement statement) throws SQLException;
}
