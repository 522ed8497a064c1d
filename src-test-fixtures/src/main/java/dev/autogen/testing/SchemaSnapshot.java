package dev.autogen.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A canonical text description of one schema, read straight from {@code pg_catalog}: tables and their
 * comments, columns (type, nullability, default, identity, generated expression, comment), constraints as
 * {@code pg_get_constraintdef} prints them, indexes as {@code pg_get_indexdef} prints them, sequences with
 * their options, and enum types with their labels in order.
 *
 * <p>It is deliberately independent of the project's own schema reader, so round-trip tests compare
 * against a second opinion. Columns are listed by name, not position: re-adding a dropped column puts it
 * last, and that is not a difference a migration can or should undo.
 */
public record SchemaSnapshot(String schema, List<String> lines) {

  public SchemaSnapshot {
    lines = List.copyOf(lines);
  }

  public static SchemaSnapshot of(Connection c, String schema) throws SQLException {
    Set<String> out = new TreeSet<>();
    query(c, """
        SELECT 'table ' || c.relname || coalesce(' comment=' || quote_literal(obj_description(c.oid, 'pg_class')), '')
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND c.relkind IN ('r', 'p')""", schema, out);
    query(c, """
        SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
          || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
          || coalesce(CASE WHEN a.attgenerated = 's' THEN ' generated=' ELSE ' default=' END
                      || pg_get_expr(d.adbin, d.adrelid), '')
          || CASE a.attidentity WHEN 'a' THEN ' identity=always' WHEN 'd' THEN ' identity=by default' ELSE '' END
          || coalesce(' comment=' || quote_literal(col_description(c.oid, a.attnum)), '')
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped""", schema, out);
    query(c, """
        SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
          || CASE WHEN k.condeferrable THEN ' deferrable' ELSE '' END
          || CASE WHEN NOT k.convalidated THEN ' not valid' ELSE '' END
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ? AND k.contype IN ('p', 'u', 'f', 'c', 'x')""", schema, out);
    query(c, """
        SELECT 'index ' || i.relname || ' ' || pg_get_indexdef(i.oid)
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_namespace n ON n.oid = i.relnamespace
        WHERE n.nspname = ?""", schema, out);
    query(c, """
        SELECT 'sequence ' || s.relname || ' as ' || format_type(q.seqtypid, NULL) || ' start=' || q.seqstart
          || ' increment=' || q.seqincrement || ' min=' || q.seqmin || ' max=' || q.seqmax
          || ' cache=' || q.seqcache || CASE WHEN q.seqcycle THEN ' cycle' ELSE '' END
          || coalesce(' owned-by=' || (SELECT t.relname || '.' || a.attname FROM pg_depend d
                JOIN pg_class t ON t.oid = d.refobjid
                JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                WHERE d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i') LIMIT 1), '')
        FROM pg_sequence q
        JOIN pg_class s ON s.oid = q.seqrelid
        JOIN pg_namespace n ON n.oid = s.relnamespace
        WHERE n.nspname = ?""", schema, out);
    query(c, """
        SELECT 'enum ' || t.typname || ' ' || string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder)
        FROM pg_type t
        JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = ?
        GROUP BY t.typname""", schema, out);
    return new SchemaSnapshot(schema, new ArrayList<>(out));
  }

  private static void query(Connection c, String sql, String schema, Set<String> out) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
  }

  /** This snapshot without the lines that concern the given tables (e.g. the version tables). */
  public SchemaSnapshot excludingTables(String... tables) {
    List<String> kept = new ArrayList<>();
    outer:
    for (String line : lines) {
      for (String t : tables) {
        if (line.equals("table " + t) || line.startsWith("table " + t + " ")
            || line.startsWith("column " + t + ".") || line.startsWith("constraint " + t + ".")
            || line.matches("index \\S+ CREATE (UNIQUE )?INDEX \\S+ ON " + java.util.regex.Pattern.quote(schema) + "\\.\"?"
                + java.util.regex.Pattern.quote(t) + "\"? .*")
            || line.startsWith("sequence " + t + "_")) {
          continue outer;
        }
      }
      kept.add(line);
    }
    return new SchemaSnapshot(schema, kept);
  }

  /** True when the schema holds nothing at all. */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  @Override
  public String toString() {
    return String.join("\n", lines);
  }
}
