package dev.autogen.safety;

import dev.autogen.read.DatabaseSchemaReader;
import dev.autogen.read.ReadOptions;
import dev.autogen.render.ChangeDescriber;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Counts the existing rows that would make pending ops fail, before anything is applied: NULLs before
 * SET NOT NULL (and before a NOT NULL column without a default, or a primary key), duplicates before a
 * unique constraint, unique index or primary key, orphans before a foreign key, rows a check constraint
 * rejects, and values that do not fit a narrower type (a shorter {@code varchar(n)} or {@code char(n)}, a
 * smaller {@code numeric(p,s)}, a smaller integer type). Each finding names the table, the count and a few
 * of the rows (their primary key values, or their {@code ctid} without one).
 *
 * <p>The ops are those the pending migrations record, in order, and the rows are those in the database
 * now: tables and columns that earlier pending ops create have no rows to count, renames are followed
 * back to the names in the database, and an op on a table that raw SQL or a bulk insert before it touches
 * (or anything after a Java data migration, whose work cannot be recorded) is counted but reported as
 * advisory, since that work may fix the rows first.
 */
public final class DataChecker {
  private static final int SAMPLES = 3;
  private static final int VALUE_WIDTH = 40;
  private static final Pattern LENGTH_TYPE =
      Pattern.compile("(character varying|varchar|character|char|bpchar)\\s*\\(\\s*(\\d+)\\s*\\)");
  private static final Pattern NUMERIC_TYPE =
      Pattern.compile("(numeric|decimal)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(-?\\d+)\\s*)?\\)");
  private static final Set<String> NUMBERS = Set.of("smallint", "int2", "integer", "int", "int4", "bigint", "int8",
      "real", "float4", "double precision", "float8", "numeric", "decimal");
  private static final Map<String, Integer> INTEGER_BITS = Map.of("smallint", 16, "int2", 16, "integer", 32,
      "int", 32, "int4", 32, "bigint", 64, "int8", 64);

  /**
   * The ops one pending migration records for its upgrade.
   *
   * @param revision the revision id
   * @param ops its upgrade's ops, in order
   * @param complete false when recording stopped early (a Java data migration asked for the connection):
   *     what follows it cannot be known, so every finding after it is advisory
   */
  public record Pending(String revision, List<Op> ops, boolean complete) {
    public Pending {
      Objects.requireNonNull(revision, "revision");
      ops = List.copyOf(ops);
    }
  }

  /** What sort of rows fail. */
  public enum Kind {
    NULLS,
    DUPLICATES,
    ORPHANS,
    CHECK_FAILS,
    DOES_NOT_FIT
  }

  /**
   * Existing rows that would make one op fail.
   *
   * @param revision the revision whose upgrade holds the op
   * @param change the op, described as the upgrade report describes it
   * @param kind what sort of rows
   * @param table the table the rows are in, as it is named now ({@code schema.table})
   * @param problem what is wrong with them, e.g. {@code 2 rows have email NULL}
   * @param rows how many rows fail
   * @param samples a few of them: key values, or the duplicated values with their counts
   * @param advisory why the count may not hold when the op runs (raw SQL before it), or null when it does
   */
  public record Finding(String revision, String change, Kind kind, String table, String problem, long rows,
      List<String> samples, String advisory) {
    public Finding {
      samples = List.copyOf(samples);
    }

    /** One line: {@code public.users: 2 rows have email NULL (e.g. id=1, id=4); changed column ...}. */
    public String text() {
      return table + ": " + problem + (samples.isEmpty() ? "" : " (e.g. " + String.join(", ", samples) + ")")
          + "; " + change + " in revision " + revision + (advisory == null ? "" : "; " + advisory);
    }
  }

  /** The outcome: findings in op order, and the ops whose rows could not be counted, with why. */
  public record Result(List<Finding> findings, List<String> notCounted) {
    public Result {
      findings = List.copyOf(findings);
      notCounted = List.copyOf(notCounted);
    }

    /** The findings that stop an upgrade: those whose count holds when the op runs. */
    public List<Finding> blocking() {
      return findings.stream().filter(f -> f.advisory() == null).toList();
    }

    /** The findings whose rows earlier work in the same upgrade may fix. */
    public List<Finding> advisory() {
      return findings.stream().filter(f -> f.advisory() != null).toList();
    }
  }

  private final ChangeDescriber describer = ChangeDescriber.withoutProvenance();
  private final String defaultSchema;

  /** @param defaultSchema the schema ops without one work in (the configured one, or the connection's) */
  public DataChecker(String defaultSchema) {
    this.defaultSchema = Objects.requireNonNull(defaultSchema, "defaultSchema");
  }

  /** Checks {@code pending}, in order, against the rows {@code connection} sees. */
  public Result check(Connection connection, List<Pending> pending) {
    return new Run(connection).check(pending);
  }

  // ---- one check -----------------------------------------------------------------------------------------

  /** Where a name used by the pending ops leads in the database as it is now. */
  private enum State {
    /** In the database now, under {@code key}. */
    LIVE,
    /** Created earlier in this upgrade: no existing rows. */
    NEW,
    /** Dropped, renamed away, or never there. */
    GONE
  }

  private record Origin(State state, String key, Column added) {
    static final Origin NEW = new Origin(State.NEW, null, null);
    static final Origin GONE = new Origin(State.GONE, null, null);

    static Origin live(String key) {
      return new Origin(State.LIVE, key, null);
    }

    static Origin added(Column column) {
      return new Origin(State.NEW, null, column);
    }

    boolean live() {
      return state == State.LIVE;
    }
  }

  private final class Run {
    private final Connection connection;
    private final Map<String, Schema> schemas = new HashMap<>();
    private final Map<String, Origin> tables = new HashMap<>();
    /** Per table as it is named now, by column name as the ops name it. */
    private final Map<String, Map<String, Origin>> columns = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final Map<String, Op> notValidated = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notCounted = new ArrayList<>();
    private boolean opaque;
    private String revision;
    private String change;

    Run(Connection connection) {
      this.connection = connection;
    }

    Result check(List<Pending> pending) {
      for (Pending p : pending) {
        revision = p.revision();
        for (Op op : p.ops()) {
          change = describer.describe(op);
          visit(op);
        }
        if (!p.complete()) {
          opaque = true;
        }
      }
      return new Result(findings, notCounted);
    }

    private void visit(Op op) {
      if (op instanceof Op.CreateTable o) {
        tables.put(key(o.schema(), o.table().name()), Origin.NEW);
      } else if (op instanceof Op.DropTable o) {
        tables.put(key(o.schema(), o.name()), Origin.GONE);
      } else if (op instanceof Op.RenameTable o) {
        Origin from = table(o.schema(), o.from());
        String fromKey = key(o.schema(), o.from());
        String toKey = key(o.schema(), o.to());
        tables.put(fromKey, Origin.GONE);
        tables.put(toKey, from);
        Map<String, Origin> cols = columns.remove(fromKey);
        if (cols != null) {
          columns.put(toKey, cols);
        }
      } else if (op instanceof Op.AddColumn o) {
        Origin t = table(o.schema(), o.table());
        columnsOf(o.schema(), o.table()).put(o.column().name(), Origin.added(o.column()));
        Column c = o.column();
        if (t.live() && !c.nullable() && c.defaultValue() == null && c.identity() == null && c.generatedAs() == null) {
          allRows(t, n -> rows(n) + " would have no value in the new NOT NULL column " + c.name());
        }
      } else if (op instanceof Op.DropColumn o) {
        columnsOf(o.schema(), o.table()).put(o.name(), Origin.GONE);
      } else if (op instanceof Op.RenameColumn o) {
        Origin from = column(o.schema(), o.table(), o.from());
        columnsOf(o.schema(), o.table()).put(o.from(), Origin.GONE);
        columnsOf(o.schema(), o.table()).put(o.to(), from);
      } else if (op instanceof Op.AlterColumn o) {
        alterColumn(o);
      } else if (op instanceof Op.AddPrimaryKey o) {
        Origin t = table(o.schema(), o.table());
        for (String c : o.primaryKey().columns()) {
          nulls(t, column(o.schema(), o.table(), c), c);
        }
        duplicates(o.schema(), o.table(), elements(o.primaryKey().columns()), null, false);
      } else if (op instanceof Op.AddUniqueConstraint o) {
        duplicates(o.schema(), o.table(), elements(o.constraint().columns()), null, o.constraint().nullsNotDistinct());
      } else if (op instanceof Op.CreateIndex o) {
        if (o.index().unique()) {
          Index i = o.index();
          duplicates(o.schema(), i.table(), i.elements(), i.where(), false);
        }
      } else if (op instanceof Op.AddForeignKey o) {
        if (o.notValid()) {
          notValidated.put(key(o.schema(), o.table()) + "/" + o.foreignKey().name(), o);
        } else {
          orphans(o.schema(), o.table(), o.foreignKey());
        }
      } else if (op instanceof Op.AddCheckConstraint o) {
        if (o.notValid()) {
          notValidated.put(key(o.schema(), o.table()) + "/" + o.constraint().name(), o);
        } else {
          checkFails(o.schema(), o.table(), o.constraint());
        }
      } else if (op instanceof Op.ValidateConstraint o) {
        Op added = notValidated.remove(key(o.schema(), o.table()) + "/" + o.name());
        if (added instanceof Op.AddForeignKey fk) {
          orphans(fk.schema(), fk.table(), fk.foreignKey());
        } else if (added instanceof Op.AddCheckConstraint ck) {
          checkFails(ck.schema(), ck.table(), ck.constraint());
        }
      } else if (op instanceof Op.Execute o) {
        touchTablesIn(o.sql());
      } else if (op instanceof Op.BulkInsert o) {
        Origin t = table(o.schema(), o.table());
        touched.add(t.live() ? t.key() : key(o.schema(), o.table()));
      }
    }

    private void alterColumn(Op.AlterColumn o) {
      Origin t = table(o.schema(), o.table());
      Origin c = column(o.schema(), o.table(), o.column());
      if (o.nullable() != null && Boolean.FALSE.equals(o.nullable().to())) {
        if (c.live()) {
          nulls(t, c, o.column());
        } else if (c.added() != null && t.live() && c.added().defaultValue() == null
            && c.added().identity() == null && c.added().generatedAs() == null) {
          // Added earlier in this upgrade without a default: every existing row holds NULL there.
          allRows(t, n -> rows(n) + " " + have(n) + " " + o.column()
              + " NULL (the column is added without a default earlier in this upgrade)");
        }
      }
      if (o.type() != null && o.type().to() != null && o.using() == null && t.live() && c.live()) {
        doesNotFit(t, c.key(), o.column(), o.type().to());
      }
    }

    // ---- the kinds of rows -------------------------------------------------------------------------------

    private void nulls(Origin t, Origin c, String name) {
      if (!t.live() || !c.live()) {
        return;
      }
      String where = quote(c.key()) + " IS NULL";
      count(t, Kind.NULLS, where, n -> rows(n) + " " + have(n) + " " + name + " NULL", List.of(), Set.of(t.key()));
    }

    private void allRows(Origin t, java.util.function.LongFunction<String> problem) {
      count(t, Kind.NULLS, "true", problem, List.of(), Set.of(t.key()));
    }

    private void duplicates(String schema, String table, List<IndexElement> elements, String where,
        boolean nullsEqual) {
      Origin t = table(schema, table);
      if (!t.live()) {
        return;
      }
      List<String> exprs = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (IndexElement e : elements) {
        if (e.expression()) {
          exprs.add("(" + e.value() + ")");
          labels.add(e.value());
        } else {
          Origin c = column(schema, table, e.value());
          if (!c.live()) {
            return;
          }
          exprs.add(quote(c.key()));
          labels.add(e.value());
        }
      }
      List<String> conditions = new ArrayList<>();
      if (!nullsEqual) {
        exprs.forEach(x -> conditions.add(x + " IS NOT NULL"));
      }
      if (where != null) {
        conditions.add("(" + where + ")");
      }
      String from = sqlTable(t.key()) + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
      String groups = String.join(", ", exprs);
      String label = "(" + String.join(", ", labels) + ")";
      try {
        long groupCount;
        long rowCount;
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM "
                + from + " GROUP BY " + groups + " HAVING count(*) > 1) d")) {
          rs.next();
          groupCount = rs.getLong(1);
          rowCount = rs.getLong(2);
        }
        if (rowCount == 0) {
          return;
        }
        List<String> samples = new ArrayList<>();
        String order = java.util.stream.IntStream.rangeClosed(1, exprs.size()).mapToObj(Integer::toString)
            .collect(Collectors.joining(", "));
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("SELECT " + groups + ", count(*) FROM " + from + " GROUP BY " + groups
                + " HAVING count(*) > 1 ORDER BY count(*) DESC, " + order + " LIMIT " + SAMPLES)) {
          while (rs.next()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < exprs.size(); i++) {
              values.add(labels.get(i) + "=" + value(rs.getObject(i + 1)));
            }
            samples.add(String.join(", ", values) + " (" + rs.getLong(exprs.size() + 1) + " rows)");
          }
        }
        findings.add(new Finding(revision, change, Kind.DUPLICATES, display(t.key()),
            rows(rowCount) + " share " + groupCount + (groupCount == 1 ? " value" : " values") + " of " + label,
            rowCount, samples, advisory(Set.of(t.key()))));
      } catch (SQLException e) {
        notCounted(e);
      }
    }

    private void orphans(String schema, String table, ForeignKey fk) {
      Origin t = table(schema, table);
      if (!t.live()) {
        return;
      }
      String refSchema = fk.referencedSchema() != null ? fk.referencedSchema() : schema;
      Origin r = table(refSchema, fk.referencedTable());
      if (r.state() == State.GONE) {
        return;
      }
      List<String> conditions = new ArrayList<>();
      List<String> joins = new ArrayList<>();
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < fk.columns().size(); i++) {
        Origin c = column(schema, table, fk.columns().get(i));
        if (!c.live()) {
          return;
        }
        conditions.add(quote(c.key()) + " IS NOT NULL");
        shown.add(quote(c.key()));
        if (r.live()) {
          Origin rc = column(refSchema, fk.referencedTable(), fk.referencedColumns().get(i));
          if (!rc.live()) {
            return;
          }
          joins.add("p." + quote(rc.key()) + " = c." + quote(c.key()));
        }
      }
      if (r.live()) {
        conditions.add("NOT EXISTS (SELECT 1 FROM " + sqlTable(r.key()) + " p WHERE " + String.join(" AND ", joins) + ")");
      }
      String target = fk.referencedTable() + "(" + String.join(", ", fk.referencedColumns()) + ")";
      Set<String> involved = new HashSet<>(Set.of(t.key()));
      involved.add(r.live() ? r.key() : key(refSchema, fk.referencedTable()));
      count(t, Kind.ORPHANS, String.join(" AND ", conditions),
          n -> rows(n) + " " + refer(n) + " to no row of " + target
              + (r.live() ? "" : " (created empty earlier in this upgrade)"),
          fk.columns().stream().map(c -> column(schema, table, c).key()).toList(), involved);
    }

    private void checkFails(String schema, String table, CheckConstraint check) {
      Origin t = table(schema, table);
      if (!t.live()) {
        return;
      }
      count(t, Kind.CHECK_FAILS, "NOT (" + check.expression() + ")",
          n -> rows(n) + " " + fail(n) + " the check " + check.expression(), List.of(), Set.of(t.key()));
    }

    private void doesNotFit(Origin t, String liveColumn, String name, SqlType target) {
      Column current = liveTable(t.key()).column(liveColumn).orElse(null);
      if (current == null) {
        return;
      }
      String from = normalize(current.type().sql());
      String to = normalize(target.sql());
      String c = quote(liveColumn);
      String where = null;
      String what = null;
      Matcher length = LENGTH_TYPE.matcher(to);
      Matcher numeric = NUMERIC_TYPE.matcher(to);
      if (length.matches() && !from.endsWith("]")) {
        int n = Integer.parseInt(length.group(2));
        Matcher old = LENGTH_TYPE.matcher(from);
        if (old.matches() && Integer.parseInt(old.group(2)) <= n) {
          return;
        }
        // Trailing spaces beyond the length are cut silently; anything else longer is an error.
        where = "char_length(rtrim(" + c + "::text, ' ')) > " + n;
        what = " longer than " + n + " characters";
      } else if (numeric.matches() && isNumber(from)) {
        int precision = Integer.parseInt(numeric.group(2));
        int scale = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
        Matcher old = NUMERIC_TYPE.matcher(from);
        if (old.matches()) {
          int p = Integer.parseInt(old.group(2));
          int s = old.group(3) == null ? 0 : Integer.parseInt(old.group(3));
          if (p - s <= precision - scale && s <= scale) {
            return;
          }
        }
        String bound = BigDecimal.ONE.scaleByPowerOfTen(precision - scale).toPlainString();
        // NaN fits any numeric; anything that rounds to the bound or past it does not.
        where = c + " IS NOT NULL AND " + c + "::numeric <> 'NaN' AND abs(round(" + c + "::numeric, " + scale + ")) >= "
            + bound;
        what = " too large for " + target.sql();
      } else if (INTEGER_BITS.containsKey(to) && isNumber(from)) {
        int bits = INTEGER_BITS.get(to);
        Integer oldBits = INTEGER_BITS.get(from);
        if (oldBits != null && oldBits <= bits) {
          return;
        }
        BigDecimal max = BigDecimal.valueOf(2).pow(bits - 1);
        where = c + " IS NOT NULL AND round(" + c + "::numeric) NOT BETWEEN " + max.negate().toPlainString() + " AND "
            + max.subtract(BigDecimal.ONE).toPlainString();
        what = " outside the range of " + target.sql();
      }
      if (where == null) {
        return;
      }
      String text = what;
      count(t, Kind.DOES_NOT_FIT, where, n -> rows(n) + " " + have(n) + " " + name + text, List.of(liveColumn),
          Set.of(t.key()));
    }

    /** Counts the rows of {@code t} matching {@code where}; samples their keys and the {@code shown} columns. */
    private void count(Origin t, Kind kind, String where, java.util.function.LongFunction<String> problem,
        List<String> shown, Set<String> involved) {
      String from = sqlTable(t.key()) + " c WHERE " + where;
      try {
        long n;
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("SELECT count(*) FROM " + from)) {
          rs.next();
          n = rs.getLong(1);
        }
        if (n == 0) {
          return;
        }
        findings.add(new Finding(revision, change, kind, display(t.key()), problem.apply(n), n,
            samples(t.key(), from, shown), advisory(involved)));
      } catch (SQLException e) {
        notCounted(e);
      }
    }

    private List<String> samples(String tableKey, String from, List<String> shown) throws SQLException {
      Table live = liveTable(tableKey);
      List<String> keys = live.primaryKey() == null ? List.of() : live.primaryKey().columns();
      List<String> select = new ArrayList<>();
      keys.forEach(k -> select.add("c." + quote(k)));
      if (keys.isEmpty()) {
        select.add("c.ctid");
      }
      List<String> extra = shown.stream().filter(x -> !keys.contains(x)).toList();
      extra.forEach(x -> select.add("c." + quote(x)));
      String order = keys.isEmpty() ? "c.ctid" : keys.stream().map(k -> "c." + quote(k)).collect(Collectors.joining(", "));
      List<String> out = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT " + String.join(", ", select) + " FROM " + from + " ORDER BY " + order
              + " LIMIT " + SAMPLES)) {
        while (rs.next()) {
          List<String> key = new ArrayList<>();
          int i = 1;
          if (keys.isEmpty()) {
            key.add("ctid=" + rs.getString(i++));
          }
          for (String k : keys) {
            key.add(k + "=" + value(rs.getObject(i++)));
          }
          List<String> more = new ArrayList<>();
          for (String x : extra) {
            more.add(x + "=" + value(rs.getObject(i++)));
          }
          String row = key.size() == 1 ? key.get(0) : "(" + String.join(", ", key) + ")";
          out.add(more.isEmpty() ? row : row + " " + "(" + String.join(", ", more) + ")");
        }
      }
      return out;
    }

    private String advisory(Set<String> involved) {
      if (opaque) {
        return "counted before a Java data migration earlier in this upgrade, which may change these rows";
      }
      for (String k : involved) {
        if (touched.contains(k)) {
          return "counted before the SQL earlier in this upgrade that touches " + display(k)
              + ", which may change these rows";
        }
      }
      return null;
    }

    private void notCounted(SQLException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().strip().lines().findFirst().orElse("");
      notCounted.add(change + " in revision " + revision + ": " + message);
    }

    private void touchTablesIn(String sql) {
      Set<String> names = new HashSet<>();
      for (Schema s : liveSchemas()) {
        s.tables().forEach(t -> names.add(t.name()));
      }
      tables.keySet().forEach(k -> names.add(k.substring(k.indexOf('.') + 1)));
      for (String name : names) {
        if (Pattern.compile("(?i)(?<![\\w$])\"?" + Pattern.quote(name) + "\"?(?![\\w$])").matcher(sql).find()) {
          for (String key : keysNamed(name)) {
            Origin o = tables.get(key);
            touched.add(o != null && o.live() ? o.key() : key);
          }
        }
      }
    }

    private List<String> keysNamed(String name) {
      List<String> keys = new ArrayList<>();
      for (Schema s : liveSchemas()) {
        if (s.table(name).isPresent()) {
          keys.add(key(s.name(), name));
        }
      }
      tables.keySet().stream().filter(k -> k.endsWith("." + name)).forEach(keys::add);
      return keys;
    }

    // ---- names -------------------------------------------------------------------------------------------

    private String key(String schema, String table) {
      return (schema == null ? defaultSchema : schema) + "." + table;
    }

    /** Where a table the ops name leads: a table in the database now, one created in this upgrade, or none. */
    private Origin table(String schema, String table) {
      String key = key(schema, table);
      Origin o = tables.get(key);
      if (o != null) {
        return o;
      }
      String s = schema == null ? defaultSchema : schema;
      return schema(s).table(table).isPresent() ? Origin.live(key) : Origin.GONE;
    }

    private Map<String, Origin> columnsOf(String schema, String table) {
      return columns.computeIfAbsent(key(schema, table), k -> new HashMap<>());
    }

    /** Where a column the ops name leads: its name in the live table, a column added in this upgrade, or none. */
    private Origin column(String schema, String table, String column) {
      Origin o = columnsOf(schema, table).get(column);
      if (o != null) {
        return o;
      }
      Origin t = table(schema, table);
      if (!t.live()) {
        return Origin.GONE;
      }
      return liveTable(t.key()).column(column).isPresent() ? Origin.live(column) : Origin.GONE;
    }

    private Table liveTable(String key) {
      int dot = key.indexOf('.');
      return schema(key.substring(0, dot)).table(key.substring(dot + 1)).orElseThrow();
    }

    private Schema schema(String name) {
      return schemas.computeIfAbsent(name, n -> new DatabaseSchemaReader(ReadOptions.forSchema(n)).read(connection));
    }

    private List<Schema> liveSchemas() {
      schema(defaultSchema);
      return List.copyOf(schemas.values());
    }
  }

  // ---- SQL and words -------------------------------------------------------------------------------------

  private static List<IndexElement> elements(List<String> columns) {
    return columns.stream().map(IndexElement::column).toList();
  }

  private static String sqlTable(String key) {
    int dot = key.indexOf('.');
    return quote(key.substring(0, dot)) + "." + quote(key.substring(dot + 1));
  }

  private String display(String key) {
    return key.startsWith(defaultSchema + ".") ? key.substring(defaultSchema.length() + 1) : key;
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private static String normalize(String type) {
    return type.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  private static boolean isNumber(String type) {
    int paren = type.indexOf('(');
    return NUMBERS.contains(paren < 0 ? type : type.substring(0, paren).strip());
  }

  private static String value(Object v) {
    if (v == null) {
      return "NULL";
    }
    String text = v.toString();
    if (text.length() > VALUE_WIDTH) {
      text = text.substring(0, VALUE_WIDTH - 3) + "...";
    }
    return v instanceof String ? "'" + text + "'" : text;
  }

  private static String rows(long n) {
    return n + (n == 1 ? " row" : " rows");
  }

  private static String have(long n) {
    return n == 1 ? "has" : "have";
  }

  private static String refer(long n) {
    return n == 1 ? "refers" : "refer";
  }

  private static String fail(long n) {
    return n == 1 ? "fails" : "fail";
  }
}
