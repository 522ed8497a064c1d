package dev.autogen.diff;

import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small schema reader straight from {@code pg_catalog}, for the round trips of the differ: the schema
 * model of one PostgreSQL schema, spelled as PostgreSQL prints it.
 */
final class CatalogSchemaReader {
  private CatalogSchemaReader() {}

  static Schema read(Connection c, String schema) throws SQLException {
    Map<String, Long> tableOids = new LinkedHashMap<>();
    Map<String, String> comments = new LinkedHashMap<>();
    try (ResultSet rs = query(c, """
        SELECT t.oid, t.relname, obj_description(t.oid, 'pg_class') FROM pg_class t
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = ? AND t.relkind IN ('r', 'p') ORDER BY t.relname""", schema)) {
      while (rs.next()) {
        tableOids.put(rs.getString(2), rs.getLong(1));
        comments.put(rs.getString(2), rs.getString(3));
      }
    }
    List<Table> tables = new ArrayList<>();
    for (Map.Entry<String, Long> e : tableOids.entrySet()) {
      tables.add(table(c, e.getKey(), e.getValue(), comments.get(e.getKey()), schema));
    }
    List<Sequence> sequences = new ArrayList<>();
    try (ResultSet rs = query(c, """
        SELECT s.relname, format_type(q.seqtypid, NULL), q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle
        FROM pg_sequence q JOIN pg_class s ON s.oid = q.seqrelid JOIN pg_namespace n ON n.oid = s.relnamespace
        WHERE n.nspname = ? AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = s.oid
          AND d.classid = 'pg_class'::regclass AND d.deptype = 'i')
        ORDER BY s.relname""", schema)) {
      while (rs.next()) {
        sequences.add(new Sequence(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            rs.getLong(6), rs.getLong(7), rs.getBoolean(8)));
      }
    }
    List<EnumType> enums = new ArrayList<>();
    try (ResultSet rs = query(c, """
        SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM pg_type t
        JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = ? GROUP BY t.typname ORDER BY t.typname""", schema)) {
      while (rs.next()) {
        enums.add(new EnumType(rs.getString(1), strings(rs.getArray(2))));
      }
    }
    return new Schema(schema, tables, sequences, enums);
  }

  private static Table table(Connection c, String name, long oid, String comment, String schema) throws SQLException {
    List<Column> columns = new ArrayList<>();
    Map<Integer, String> columnNames = new LinkedHashMap<>();
    try (ResultSet rs = query(c, """
        SELECT a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attgenerated,
          pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(a.attrelid, a.attnum),
          q.seqstart, q.seqincrement
        FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        LEFT JOIN pg_sequence q ON a.attidentity <> '' AND q.seqrelid =
          pg_get_serial_sequence(quote_ident(?) || '.' || quote_ident(?), a.attname)::regclass
        WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""", schema, name, oid)) {
      while (rs.next()) {
        columnNames.put(rs.getInt(1), rs.getString(2));
        boolean generated = "s".equals(rs.getString(5));
        String expression = rs.getString(6);
        String identityKind = rs.getString(7);
        Identity identity = identityKind.isEmpty() ? null : new Identity(
            identityKind.equals("a") ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT,
            rs.getLong(9), rs.getLong(10));
        columns.add(new Column(rs.getString(2), new SqlType(rs.getString(3)), !rs.getBoolean(4),
            generated ? null : expression, identity, generated ? expression : null, rs.getString(8)));
      }
    }
    PrimaryKey pk = null;
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<CheckConstraint> checks = new ArrayList<>();
    List<ForeignKey> fks = new ArrayList<>();
    try (ResultSet rs = query(c, """
        SELECT k.conname, k.contype, k.conkey, k.confkey, f.relname, fn.nspname, k.confdeltype, k.confupdtype,
          k.condeferrable, k.condeferred, pg_get_expr(k.conbin, k.conrelid), f.oid
        FROM pg_constraint k LEFT JOIN pg_class f ON f.oid = k.confrelid
        LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
        WHERE k.conrelid = ? ORDER BY k.conname""", oid)) {
      while (rs.next()) {
        String kname = rs.getString(1);
        List<String> keys = names(rs.getArray(3), columnNames);
        switch (rs.getString(2)) {
          case "p" -> pk = new PrimaryKey(kname, keys);
          case "u" -> uniques.add(new UniqueConstraint(kname, keys, false));
          case "c" -> checks.add(new CheckConstraint(kname, rs.getString(11)));
          case "f" -> fks.add(new ForeignKey(kname, keys, rs.getString(6), rs.getString(5),
              names(rs.getArray(4), columnNames(c, rs.getLong(12))), action(rs.getString(7)), action(rs.getString(8)),
              rs.getBoolean(9), rs.getBoolean(10)));
          default -> { }
        }
      }
    }
    List<Index> indexes = new ArrayList<>();
    try (ResultSet rs = query(c, """
        SELECT i.relname, x.indisunique, pg_get_expr(x.indpred, x.indrelid), x.indnkeyatts, x.indnatts,
          x.indkey::int2[], x.indoption::int2[], am.amname, x.indexrelid
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
        WHERE x.indrelid = ? ORDER BY i.relname""", oid)) {
      while (rs.next()) {
        int keyCount = rs.getInt(4);
        int count = rs.getInt(5);
        Short[] attnums = (Short[]) rs.getArray(6).getArray();
        Short[] options = (Short[]) rs.getArray(7).getArray();
        List<IndexElement> elements = new ArrayList<>();
        List<String> include = new ArrayList<>();
        for (int k = 0; k < count; k++) {
          String value;
          boolean expression = attnums[k] == 0;
          if (expression) {
            try (ResultSet d = query(c, "SELECT pg_get_indexdef(?::oid, ?, true)", rs.getLong(9), k + 1)) {
              d.next();
              value = d.getString(1);
            }
          } else {
            value = columnNames.get((int) attnums[k]);
          }
          if (k >= keyCount) {
            include.add(value);
            continue;
          }
          boolean desc = (options[k] & 1) != 0;
          boolean nullsFirst = (options[k] & 2) != 0;
          IndexElement.Nulls nulls = desc == nullsFirst ? null : nullsFirst ? IndexElement.Nulls.FIRST : IndexElement.Nulls.LAST;
          elements.add(new IndexElement(value, expression, desc, nulls));
        }
        indexes.add(new Index(rs.getString(1), name, elements, rs.getBoolean(2), rs.getString(3), include, rs.getString(8)));
      }
    }
    return new Table(name, columns, pk, uniques, checks, fks, indexes, comment);
  }

  private static Map<Integer, String> columnNames(Connection c, long oid) throws SQLException {
    Map<Integer, String> out = new LinkedHashMap<>();
    try (ResultSet rs = query(c, "SELECT attnum, attname FROM pg_attribute WHERE attrelid = ? AND attnum > 0", oid)) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getString(2));
      }
    }
    return out;
  }

  private static ForeignKey.Action action(String code) {
    return switch (code) {
      case "r" -> ForeignKey.Action.RESTRICT;
      case "c" -> ForeignKey.Action.CASCADE;
      case "n" -> ForeignKey.Action.SET_NULL;
      case "d" -> ForeignKey.Action.SET_DEFAULT;
      default -> ForeignKey.Action.NO_ACTION;
    };
  }

  private static List<String> names(Array attnums, Map<Integer, String> columnNames) throws SQLException {
    List<String> out = new ArrayList<>();
    for (Object n : (Object[]) attnums.getArray()) {
      out.add(columnNames.get(((Number) n).intValue()));
    }
    return out;
  }

  private static List<String> strings(Array array) throws SQLException {
    List<String> out = new ArrayList<>();
    for (Object o : (Object[]) array.getArray()) {
      out.add((String) o);
    }
    return out;
  }

  private static ResultSet query(Connection c, String sql, Object... parameters) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    ps.closeOnCompletion();
    for (int i = 0; i < parameters.length; i++) {
      ps.setObject(i + 1, parameters[i]);
    }
    return ps.executeQuery();
  }
}
