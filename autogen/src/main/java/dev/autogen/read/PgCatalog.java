package dev.autogen.read;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every query the reader sends, in one place: one set-based query per kind of object over a whole schema,
 * so reading costs the same handful of round trips for 10 tables or 10,000.
 *
 * <p>Expressions are printed by the server itself, in its default (not "pretty") form, as {@code pg_dump}
 * does: {@code format_type} for types, {@code pg_get_expr} for defaults, generated columns, check
 * constraints and index predicates, {@code pg_get_indexdef} for index expressions. The reader runs them
 * with {@code search_path} set to the schema read, so names in that schema print unqualified on both
 * sides of a diff whatever the connection's own path.
 */
final class PgCatalog {
  private PgCatalog() {}

  /** Regular and partitioned tables; partitions belong to their parent and are left out. */
  private static final String TABLE_FILTER =
      "c.relnamespace = CAST(? AS oid) AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

  record TableRow(long oid, String name, String comment) {}

  /** {@code identity} is {@code a}, {@code d} or empty; {@code generated} is {@code s} (stored) or empty. */
  record ColumnRow(
      long table, int number, String name, String type, boolean notNull, String defaultExpression,
      String identity, String generated, String comment, Long identityStart, Long identityIncrement) {}

  /**
   * One constraint; {@code type} is {@code p}, {@code u}, {@code f} or {@code c}. Actions are
   * {@code pg_constraint}'s letters ({@code a} no action, {@code r} restrict, {@code c} cascade,
   * {@code n} set null, {@code d} set default).
   */
  record ConstraintRow(
      long table, String name, String type, List<String> columns, String referencedSchema,
      String referencedTable, List<String> referencedColumns, String onUpdate, String onDelete,
      boolean deferrable, boolean initiallyDeferred, String checkExpression, boolean nullsNotDistinct) {}

  /**
   * One index not backing a constraint. {@code keys} are attribute numbers (0: an expression), the first
   * {@code keyCount} of them the key, the rest INCLUDE columns; {@code options} are the keys' sort bits
   * (1: DESC, 2: NULLS FIRST); {@code expressions} hold the key expressions (null for plain columns).
   */
  record IndexRow(
      long table, String name, boolean unique, String method, int keyCount, List<Integer> keys,
      List<Integer> options, List<String> expressions, String predicate) {}

  /** {@code ownerTable}: the table of this schema whose column owns the sequence, if any. */
  record SequenceRow(
      String name, String dataType, long start, long increment, long min, long max, long cache, boolean cycle,
      String ownerTable) {}

  record EnumRow(String name, List<String> labels) {}

  /** The schema's oid, or null when there is no such schema. */
  static Long schemaOid(Connection c, String schema) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT oid::bigint FROM pg_namespace WHERE nspname = ?")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  static List<TableRow> tables(Connection c, long schema) throws SQLException {
    String sql = """
        SELECT c.oid::bigint, c.relname, d.description
        FROM pg_class c
        LEFT JOIN pg_description d
          ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
        WHERE %s""".formatted(TABLE_FILTER);
    return query(c, sql, schema, rs -> new TableRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
  }

  static List<ColumnRow> columns(Connection c, long schema) throws SQLException {
    // The identity's own sequence (an internal dependency of the column) gives its START and INCREMENT.
    String sql = """
        SELECT a.attrelid::bigint, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated, d.description,
               s.seqstart, s.seqincrement
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        LEFT JOIN pg_description d
          ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
        LEFT JOIN pg_depend dep
          ON a.attidentity <> '' AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = a.attrelid
             AND dep.refobjsubid = a.attnum AND dep.classid = 'pg_class'::regclass AND dep.deptype = 'i'
        LEFT JOIN pg_sequence s ON s.seqrelid = dep.objid
        WHERE %s AND a.attnum > 0 AND NOT a.attisdropped""".formatted(TABLE_FILTER);
    return query(c, sql, schema, rs -> new ColumnRow(
        rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6),
        nullToEmpty(rs.getString(7)), nullToEmpty(rs.getString(8)), rs.getString(9),
        nullableLong(rs, 10), nullableLong(rs, 11)));
  }

  static List<ConstraintRow> constraints(Connection c, long schema, int serverMajorVersion) throws SQLException {
    // NULLS NOT DISTINCT lives on the constraint's index and exists from PostgreSQL 15 on.
    String nullsNotDistinct = serverMajorVersion >= 15 ? "coalesce(x.indnullsnotdistinct, false)" : "false";
    // conparentid <> 0: the copies PostgreSQL makes of a foreign key into a partitioned table, one per
    // partition; the parent constraint stands for them all. NOT NULL constraints (contype n, PostgreSQL 18)
    // are the columns' nullability, not checks.
    String sql = """
        SELECT k.conrelid::bigint, k.conname, k.contype,
               ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY u(num, ord)
                     JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num ORDER BY u.ord),
               rn.nspname, rc.relname,
               ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY u(num, ord)
                     JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num ORDER BY u.ord),
               k.confupdtype, k.confdeltype, k.condeferrable, k.condeferred,
               CASE WHEN k.contype = 'c' THEN pg_get_expr(k.conbin, k.conrelid) END,
               %s
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        LEFT JOIN pg_class rc ON rc.oid = k.confrelid
        LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
        LEFT JOIN pg_index x ON x.indexrelid = k.conindid AND k.contype = 'u'
        WHERE %s AND k.contype IN ('p', 'u', 'f', 'c') AND k.conparentid = 0""".formatted(nullsNotDistinct, TABLE_FILTER);
    return query(c, sql, schema, rs -> new ConstraintRow(
        rs.getLong(1), rs.getString(2), rs.getString(3), strings(rs.getArray(4)), rs.getString(5), rs.getString(6),
        strings(rs.getArray(7)), rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getBoolean(11),
        rs.getString(12), rs.getBoolean(13)));
  }

  static List<IndexRow> indexes(Connection c, long schema) throws SQLException {
    // The index behind a primary key, unique or exclusion constraint is part of that constraint.
    String sql = """
        SELECT x.indrelid::bigint, i.relname, x.indisunique, am.amname, x.indnkeyatts,
               x.indkey::int2[], x.indoption::int2[],
               ARRAY(SELECT CASE WHEN x.indkey[k - 1] = 0 THEN pg_get_indexdef(x.indexrelid, k, false) END
                     FROM generate_series(1, x.indnkeyatts) k ORDER BY k),
               pg_get_expr(x.indpred, x.indrelid)
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class c ON c.oid = x.indrelid
        JOIN pg_am am ON am.oid = i.relam
        WHERE %s
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                          WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid
                            AND k.contype IN ('p', 'u', 'x'))""".formatted(TABLE_FILTER);
    return query(c, sql, schema, rs -> new IndexRow(
        rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getInt(5),
        ints(rs.getArray(6)), ints(rs.getArray(7)), strings(rs.getArray(8)), rs.getString(9)));
  }

  static List<SequenceRow> sequences(Connection c, long schema) throws SQLException {
    // Identity sequences (internal dependency, deptype i) are part of their column. A serial's sequence
    // (auto dependency, deptype a) is a sequence of its own, remembered with its owner for the filters.
    String sql = """
        SELECT c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
               s.seqcache, s.seqcycle,
               (SELECT t.relname FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
                  AND d.deptype = 'a' AND t.relnamespace = c.relnamespace
                ORDER BY t.relname LIMIT 1)
        FROM pg_sequence s
        JOIN pg_class c ON c.oid = s.seqrelid
        WHERE c.relnamespace = CAST(? AS oid)
          AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')""";
    return query(c, sql, schema, rs -> new SequenceRow(
        rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
        rs.getLong(7), rs.getBoolean(8), rs.getString(9)));
  }

  static List<EnumRow> enumTypes(Connection c, long schema) throws SQLException {
    String sql = """
        SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder)
        FROM pg_type t
        JOIN pg_enum e ON e.enumtypid = t.oid
        WHERE t.typnamespace = CAST(? AS oid)
        GROUP BY t.typname""";
    return query(c, sql, schema, rs -> new EnumRow(rs.getString(1), strings(rs.getArray(2))));
  }

  // ---- plumbing ------------------------------------------------------------------------------------

  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private static <T> List<T> query(Connection c, String sql, long schema, RowMapper<T> mapper) throws SQLException {
    List<T> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
    }
    return rows;
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    List<String> out = new ArrayList<>(values.length);
    for (Object v : values) {
      out.add(v == null ? null : v.toString());
    }
    return out;
  }

  private static List<Integer> ints(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    List<Integer> out = new ArrayList<>(values.length);
    for (Object v : values) {
      out.add(((Number) v).intValue());
    }
    return out;
  }

  private static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
