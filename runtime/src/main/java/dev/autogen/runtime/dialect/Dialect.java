package dev.autogen.runtime.dialect;

import dev.autogen.runtime.op.Op;
import java.util.List;

/**
 * Turns ops into the SQL of one database. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.autogen.runtime.dialect.Dialect}); see {@link Dialects}.
 */
public interface Dialect {

  /** A short name: {@code postgresql}. */
  String name();

  /** True when this dialect serves the given JDBC URL. */
  boolean accepts(String jdbcUrl);

  /** The statements that perform {@code op}, in order. */
  List<SqlStatement> toSql(Op op);

  /** The identifier, quoted so that any name (a keyword such as {@code user}, a quote, a space) works. */
  String quote(String identifier);

  /** {@code schema.name}, each part quoted; just the quoted name when schema is null. */
  default String qualify(String schema, String name) {
    return schema == null ? quote(name) : quote(schema) + "." + quote(name);
  }

  /** A value as an SQL literal, for offline scripts where parameters are written inline. */
  String literal(Object value);

  /** The statement as it would be written in a script: parameters inlined, ending with a semicolon. */
  default String toScript(SqlStatement statement) {
    StringBuilder out = new StringBuilder();
    String sql = statement.sql();
    int param = 0;
    boolean inString = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        inString = !inString;
      }
      if (c == '?' && !inString && param < statement.parameters().size()) {
        out.append(literal(statement.parameters().get(param++)));
      } else {
        out.append(c);
      }
    }
    return out.append(';').toString();
  }
}
