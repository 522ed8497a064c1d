package dev.autogen.runtime.internal;

import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.SqlStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes each statement as script text (parameters inlined as literals, ending with a semicolon and a
 * line break) for offline ({@code --sql}) mode.
 */
public final class ScriptStatementSink implements StatementSink {
  private final Dialect dialect;
  private final Appendable out;

  public ScriptStatementSink(Dialect dialect, Appendable out) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void accept(SqlStatement statement) {
    try {
      out.append(dialect.toScript(statement)).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the SQL script: " + e.getMessage(), e);
    }
  }
}
