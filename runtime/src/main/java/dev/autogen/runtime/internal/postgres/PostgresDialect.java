package dev.autogen.runtime.internal.postgres;

import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.SqlStatement;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The PostgreSQL dialect: renders every {@link Op} as PostgreSQL statements.
 *
 * <p>Every identifier is double-quoted, so names that are keywords ({@code user}, {@code order}) or hold
 * quotes or spaces work. Column types ({@link dev.autogen.runtime.schema.SqlType}) and default, check,
 * generated and index expressions are SQL already spelled the PostgreSQL way and are written verbatim.
 */
public final class PostgresDialect implements Dialect {

  /** Rows per INSERT of a bulk insert, so one statement stays a reasonable size. */
  static final int MAX_ROWS_PER_INSERT = 1000;

  /** The driver sends a parameter count as a 16-bit signed value; more parameters than this fail. */
  static final int MAX_PARAMETERS_PER_STATEMENT = 32767;

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public boolean accepts(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.regionMatches(true, 0, "jdbc:postgresql:", 0, "jdbc:postgresql:".length());
  }

  @Override
  public String quote(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  @Override
  public String literal(Object value) {
    if (value == null) {
      return "NULL";
    } else if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    } else if (value instanceof BigDecimal d) {
      return d.toPlainString();
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      // NaN and the infinities have no numeric literal; PostgreSQL reads them from strings.
      return Double.isNaN(d) || Double.isInfinite(d) ? string(value.toString()) : value.toString();
    } else if (value instanceof Number) {
      return value.toString();
    } else if (value instanceof CharSequence || value instanceof Character) {
      return string(value.toString());
    } else if (value instanceof TemporalAccessor || value instanceof UUID) {
      return string(value.toString());
    } else if (value instanceof Enum<?> e) {
      return string(e.name());
    } else if (value instanceof byte[] bytes) {
      StringBuilder hex = new StringBuilder("'\\x");
      for (byte b : bytes) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.append("'::bytea").toString();
    }
    throw new IllegalArgumentException(
        "cannot write a value of type " + value.getClass().getName()
            + " as an SQL literal; pass a string, number, boolean, java.time value, UUID or byte[]");
  }

  @Override
  public List<SqlStatement> toSql(Op op) {
    Objects.requireNonNull(op, "op");
    List<SqlStatement> out = new ArrayList<>();
    if (op instanceof Op.CreateTable o) {
      createTable(o, out);
    } else if (op instanceof Op.DropTable o) {
      out.add(SqlStatement.of("DROP TABLE " + qualify(o.schema(), o.name())));
    } else if (op instanceof Op.RenameTable o) {
      out.add(SqlStatement.of("ALTER TABLE " + qualify(o.schema(), o.from()) + " RENAME TO " + quote(o.to())));
    } else if (op instanceof Op.SetTableComment o) {
      out.add(SqlStatement.of("COMMENT ON TABLE " + qualify(o.schema(), o.table()) + " IS " + literal(o.comment().to())));
    } else if (op instanceof Op.AddColumn o) {
      out.add(SqlStatement.of(alterTable(o.schema(), o.table()) + "ADD COLUMN " + columnDefinition(o.column())));
      if (o.column().comment() != null) {
        out.add(columnComment(o.schema(), o.table(), o.column().name(), o.column().comment()));
      }
    } else if (op instanceof Op.DropColumn o) {
      out.add(SqlStatement.of(alterTable(o.schema(), o.table()) + "DROP COLUMN " + quote(o.name())));
    } else if (op instanceof Op.RenameColumn o) {
      out.add(SqlStatement.of(alterTable(o.schema(), o.table()) + "RENAME COLUMN " + quote(o.from()) + " TO " + quote(o.to())));
    } else if (op instanceof Op.AlterColumn o) {
      alterColumn(o, out);
    } else if (op instanceof Op.CreateIndex o) {
      out.add(createIndex(o));
    } else if (op instanceof Op.DropIndex o) {
      String sql = "DROP INDEX " + (o.concurrently() ? "CONCURRENTLY " : "") + qualify(o.schema(), o.name());
      out.add(new SqlStatement(sql, List.of(), !o.concurrently()));
    } else if (op instanceof Op.AddPrimaryKey o) {
      out.add(SqlStatement.of(alterTable(o.schema(), o.table()) + "ADD " + primaryKey(o.primaryKey())));
    } else if (op instanceof Op.AddUniqueConstraint o) {
      out.add(SqlStatement.of(alterTable(o.schema(), o.table()) + "ADD " + unique(o.constraint())));
    } else if (op instanceof Op.AddForeignKey o) {
      out.add(SqlStatement.of(alterTable(o.schema(), o.table()) + "ADD " + foreignKey(o.schema(), o.foreignKey())
          + (o.notValid() ? " NOT VALID" : "")));
    } else if (op instanceof Op.AddCheckConstraint o) {
      out.add(SqlStatement.of(alterTable(o.schema(), o.table()) + "ADD " + check(o.constraint())
          + (o.notValid() ? " NOT VALID" : "")));
    } else if (op instanceof Op.ValidateConstraint o) {
      out.add(SqlStatement.of(alterTable(o.schema(), o.table()) + "VALIDATE CONSTRAINT " + quote(o.name())));
    } else if (op instanceof Op.DropConstraint o) {
      out.add(SqlStatement.of(alterTable(o.schema(), o.table()) + "DROP CONSTRAINT " + quote(o.name())));
    } else if (op instanceof Op.CreateSequence o) {
      out.add(SqlStatement.of("CREATE SEQUENCE " + qualify(o.schema(), o.sequence().name()) + sequenceOptions(o.sequence())));
    } else if (op instanceof Op.AlterSequence o) {
      alterSequence(o, out);
    } else if (op instanceof Op.DropSequence o) {
      out.add(SqlStatement.of("DROP SEQUENCE " + qualify(o.schema(), o.name())));
    } else if (op instanceof Op.CreateEnumType o) {
      String labels = o.type().values().stream().map(this::string).collect(Collectors.joining(", "));
      out.add(SqlStatement.of("CREATE TYPE " + qualify(o.schema(), o.type().name()) + " AS ENUM (" + labels + ")"));
    } else if (op instanceof Op.DropEnumType o) {
      out.add(SqlStatement.of("DROP TYPE " + qualify(o.schema(), o.name())));
    } else if (op instanceof Op.AddEnumValue o) {
      addEnumValue(o, out);
    } else if (op instanceof Op.Execute o) {
      out.add(new SqlStatement(o.sql(), o.parameters(), true));
    } else if (op instanceof Op.BulkInsert o) {
      bulkInsert(o, out);
    } else {
      throw new IllegalArgumentException("the PostgreSQL dialect cannot render " + op.getClass().getSimpleName());
    }
    return List.copyOf(out);
  }

  // ---- tables --------------------------------------------------------------------------------------

  /**
   * CREATE TABLE, then its comments. The table's {@code indexes} are not created here: as {@link Op.CreateTable}
   * says, indexes are separate {@link Op.CreateIndex} ops.
   */
  private void createTable(Op.CreateTable op, List<SqlStatement> out) {
    Table table = op.table();
    String schema = op.schema();
    List<String> elements = new ArrayList<>();
    for (Column c : table.columns()) {
      elements.add(columnDefinition(c));
    }
    if (table.primaryKey() != null) {
      elements.add(primaryKey(table.primaryKey()));
    }
    for (UniqueConstraint u : table.uniqueConstraints()) {
      elements.add(unique(u));
    }
    for (CheckConstraint c : table.checkConstraints()) {
      elements.add(check(c));
    }
    for (ForeignKey fk : table.foreignKeys()) {
      elements.add(foreignKey(schema, fk));
    }
    // One element per line: CREATE TABLE is the statement a reviewer reads most.
    out.add(SqlStatement.of("CREATE TABLE " + qualify(schema, table.name()) + " (\n  "
        + String.join(",\n  ", elements) + "\n)"));
    if (table.comment() != null) {
      out.add(SqlStatement.of("COMMENT ON TABLE " + qualify(schema, table.name()) + " IS " + literal(table.comment())));
    }
    for (Column c : table.columns()) {
      if (c.comment() != null) {
        out.add(columnComment(schema, table.name(), c.name(), c.comment()));
      }
    }
  }

  private String columnDefinition(Column c) {
    StringBuilder sql = new StringBuilder(quote(c.name())).append(' ').append(c.type().sql());
    if (c.generatedAs() != null) {
      sql.append(" GENERATED ALWAYS AS (").append(c.generatedAs()).append(") STORED");
    }
    if (c.defaultValue() != null) {
      sql.append(" DEFAULT ").append(c.defaultValue());
    }
    if (c.identity() != null) {
      sql.append(' ').append(identity(c.identity()));
    }
    if (!c.nullable()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  /** {@code GENERATED ... AS IDENTITY} with its sequence options, if any. */
  private static String identity(Identity identity) {
    StringBuilder sql = new StringBuilder("GENERATED ").append(generation(identity)).append(" AS IDENTITY");
    List<String> options = new ArrayList<>();
    if (identity.start() != null) {
      options.add("START WITH " + identity.start());
    }
    if (identity.increment() != null) {
      options.add("INCREMENT BY " + identity.increment());
    }
    if (!options.isEmpty()) {
      sql.append(" (").append(String.join(" ", options)).append(')');
    }
    return sql.toString();
  }

  private static String generation(Identity identity) {
    return identity.generation() == Identity.Generation.ALWAYS ? "ALWAYS" : "BY DEFAULT";
  }

  private SqlStatement columnComment(String schema, String table, String column, String comment) {
    return SqlStatement.of("COMMENT ON COLUMN " + qualify(schema, table) + "." + quote(column) + " IS " + literal(comment));
  }

  private String alterTable(String schema, String table) {
    return "ALTER TABLE " + qualify(schema, table) + " ";
  }

  // ---- alter column --------------------------------------------------------------------------------

  /**
   * One ALTER TABLE per change, ordered so that each is legal after the ones before it: identity and
   * default are dropped before the type changes (an old default may not cast to the new type), NOT NULL is
   * set before an identity is added (identity columns must be NOT NULL) and dropped after it is removed.
   */
  private void alterColumn(Op.AlterColumn op, List<SqlStatement> out) {
    String prefix = alterTable(op.schema(), op.table()) + "ALTER COLUMN " + quote(op.column()) + " ";
    Change<Identity> identity = effective(op.identity());
    Change<String> defaultValue = effective(op.defaultValue());
    Change<Boolean> nullable = effective(op.nullable());
    Change<String> comment = effective(op.comment());

    if (identity != null && identity.to() == null) {
      out.add(SqlStatement.of(prefix + "DROP IDENTITY"));
    }
    boolean typeChanges = op.type() != null && (!op.type().isNoop() || op.using() != null);
    if (defaultValue != null) {
      boolean mayHaveOldDefault = !(defaultValue.fromKnown() && defaultValue.from() == null);
      if (defaultValue.to() == null || (typeChanges && mayHaveOldDefault)) {
        out.add(SqlStatement.of(prefix + "DROP DEFAULT"));
      }
    }
    if (typeChanges) {
      out.add(SqlStatement.of(prefix + "TYPE " + op.type().to().sql()
          + (op.using() == null ? "" : " USING " + op.using())));
    }
    if (defaultValue != null && defaultValue.to() != null) {
      out.add(SqlStatement.of(prefix + "SET DEFAULT " + defaultValue.to()));
    }
    if (nullable != null && !nullable.to()) {
      out.add(SqlStatement.of(prefix + "SET NOT NULL"));
    }
    if (identity != null && identity.to() != null) {
      Identity from = identity.from();
      Identity to = identity.to();
      if (from == null) {
        out.add(SqlStatement.of(prefix + "ADD " + identity(to)));
      } else {
        List<String> sets = new ArrayList<>();
        if (from.generation() != to.generation()) {
          sets.add("SET GENERATED " + generation(to));
        }
        // An option left null is the sequence default: 1 for both, on the ascending sequence identity uses.
        long fromIncrement = from.increment() == null ? 1 : from.increment();
        long toIncrement = to.increment() == null ? 1 : to.increment();
        long fromStart = from.start() == null ? (fromIncrement < 0 ? -1 : 1) : from.start();
        long toStart = to.start() == null ? (toIncrement < 0 ? -1 : 1) : to.start();
        if (fromStart != toStart) {
          sets.add("SET START WITH " + toStart);
        }
        if (fromIncrement != toIncrement) {
          sets.add("SET INCREMENT BY " + toIncrement);
        }
        if (!sets.isEmpty()) {
          out.add(SqlStatement.of(prefix + String.join(" ", sets)));
        }
      }
    }
    if (nullable != null && nullable.to()) {
      out.add(SqlStatement.of(prefix + "DROP NOT NULL"));
    }
    if (comment != null) {
      out.add(columnComment(op.schema(), op.table(), op.column(), comment.to()));
    }
  }

  /** The change, or null when it is absent or changes nothing. */
  private static <T> Change<T> effective(Change<T> change) {
    return change == null || change.isNoop() ? null : change;
  }

  // ---- indexes -------------------------------------------------------------------------------------

  private SqlStatement createIndex(Op.CreateIndex op) {
    Index index = op.index();
    StringBuilder sql = new StringBuilder("CREATE ");
    if (index.unique()) {
      sql.append("UNIQUE ");
    }
    sql.append("INDEX ");
    if (op.concurrently()) {
      sql.append("CONCURRENTLY ");
    }
    // The index always lives in its table's schema, so its own name is never qualified here.
    sql.append(quote(index.name())).append(" ON ").append(qualify(op.schema(), index.table()));
    if (index.method() != null) {
      sql.append(" USING ").append(quote(index.method()));
    }
    sql.append(" (").append(index.elements().stream().map(this::indexElement).collect(Collectors.joining(", "))).append(')');
    if (!index.include().isEmpty()) {
      sql.append(" INCLUDE (").append(quoteAll(index.include())).append(')');
    }
    if (index.where() != null) {
      sql.append(" WHERE ").append(index.where());
    }
    return new SqlStatement(sql.toString(), List.of(), !op.concurrently());
  }

  private String indexElement(IndexElement e) {
    StringBuilder sql = new StringBuilder(e.expression() ? "(" + e.value() + ")" : quote(e.value()));
    if (e.descending()) {
      sql.append(" DESC");
    }
    if (e.nulls() != null) {
      sql.append(" NULLS ").append(e.nulls().name());
    }
    return sql.toString();
  }

  // ---- constraints ---------------------------------------------------------------------------------

  private String constraintName(String name) {
    return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
  }

  private String primaryKey(PrimaryKey pk) {
    return constraintName(pk.name()) + "PRIMARY KEY (" + quoteAll(pk.columns()) + ")";
  }

  private String unique(UniqueConstraint u) {
    return constraintName(u.name()) + "UNIQUE " + (u.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
        + "(" + quoteAll(u.columns()) + ")";
  }

  private String check(CheckConstraint c) {
    return constraintName(c.name()) + "CHECK (" + c.expression() + ")";
  }

  /** A foreign key; its referenced table is in {@code tableSchema} unless the key names another schema. */
  private String foreignKey(String tableSchema, ForeignKey fk) {
    String referencedSchema = fk.referencedSchema() != null ? fk.referencedSchema() : tableSchema;
    StringBuilder sql = new StringBuilder(constraintName(fk.name()))
        .append("FOREIGN KEY (").append(quoteAll(fk.columns())).append(") REFERENCES ")
        .append(qualify(referencedSchema, fk.referencedTable()))
        .append(" (").append(quoteAll(fk.referencedColumns())).append(')');
    if (fk.onDelete() != ForeignKey.Action.NO_ACTION) {
      sql.append(" ON DELETE ").append(fk.onDelete().sql());
    }
    if (fk.onUpdate() != ForeignKey.Action.NO_ACTION) {
      sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
    }
    if (fk.deferrable()) {
      sql.append(" DEFERRABLE INITIALLY ").append(fk.initiallyDeferred() ? "DEFERRED" : "IMMEDIATE");
    }
    return sql.toString();
  }

  // ---- sequences -----------------------------------------------------------------------------------

  private static String sequenceOptions(Sequence s) {
    StringBuilder sql = new StringBuilder();
    if (s.dataType() != null) {
      sql.append(" AS ").append(s.dataType());
    }
    if (s.increment() != null) {
      sql.append(" INCREMENT BY ").append(s.increment());
    }
    if (s.minValue() != null) {
      sql.append(" MINVALUE ").append(s.minValue());
    }
    if (s.maxValue() != null) {
      sql.append(" MAXVALUE ").append(s.maxValue());
    }
    if (s.start() != null) {
      sql.append(" START WITH ").append(s.start());
    }
    if (s.cache() != null) {
      sql.append(" CACHE ").append(s.cache());
    }
    if (s.cycle()) {
      sql.append(" CYCLE");
    }
    return sql.toString();
  }

  /**
   * ALTER SEQUENCE setting the options that differ between {@code from} and {@code to}. An option that
   * becomes null goes back to the PostgreSQL default. With {@code from} unknown, every option {@code to}
   * names is set; {@code cycle} false then means "not named", since it cannot be told from the default.
   * START WITH only records the start value: the sequence is never restarted, so values it has handed out
   * are not handed out again (PostgreSQL refuses a range that excludes its current value).
   */
  private void alterSequence(Op.AlterSequence op, List<SqlStatement> out) {
    Sequence to = op.to();
    Sequence from = op.from();
    if (from == null) {
      String options = sequenceOptions(to);
      if (!options.isEmpty()) {
        out.add(SqlStatement.of("ALTER SEQUENCE " + qualify(op.schema(), to.name()) + options));
      }
      return;
    }
    if (!from.name().equals(to.name())) {
      out.add(SqlStatement.of("ALTER SEQUENCE " + qualify(op.schema(), from.name()) + " RENAME TO " + quote(to.name())));
    }
    StringBuilder sql = new StringBuilder();
    if (!Objects.equals(from.dataType(), to.dataType())) {
      sql.append(" AS ").append(to.dataType() == null ? "bigint" : to.dataType());
    }
    if (!Objects.equals(from.increment(), to.increment())) {
      sql.append(" INCREMENT BY ").append(to.increment() == null ? 1 : to.increment());
    }
    // A null option is the default for the sequence's direction; when the direction turns, so do they.
    boolean turns = descending(from) != descending(to);
    if (!Objects.equals(from.minValue(), to.minValue()) || (turns && to.minValue() == null)) {
      sql.append(to.minValue() == null ? " NO MINVALUE" : " MINVALUE " + to.minValue());
    }
    if (!Objects.equals(from.maxValue(), to.maxValue()) || (turns && to.maxValue() == null)) {
      sql.append(to.maxValue() == null ? " NO MAXVALUE" : " MAXVALUE " + to.maxValue());
    }
    if (!Objects.equals(from.start(), to.start()) || (turns && to.start() == null)) {
      sql.append(" START WITH ").append(to.start() == null ? defaultStart(to) : to.start());
    }
    if (!Objects.equals(from.cache(), to.cache())) {
      sql.append(" CACHE ").append(to.cache() == null ? 1 : to.cache());
    }
    if (from.cycle() != to.cycle()) {
      sql.append(to.cycle() ? " CYCLE" : " NO CYCLE");
    }
    if (sql.length() > 0) {
      out.add(SqlStatement.of("ALTER SEQUENCE " + qualify(op.schema(), to.name()) + sql));
    }
  }

  /** PostgreSQL's default start: the minimum value ascending, the maximum descending. */
  private static long defaultStart(Sequence s) {
    if (descending(s)) {
      return s.maxValue() == null ? -1 : s.maxValue();
    }
    return s.minValue() == null ? 1 : s.minValue();
  }

  private static boolean descending(Sequence s) {
    return s.increment() != null && s.increment() < 0;
  }

  // ---- enum types ----------------------------------------------------------------------------------

  private void addEnumValue(Op.AddEnumValue op, List<SqlStatement> out) {
    if (op.before() != null && op.after() != null) {
      throw new IllegalArgumentException(
          "addEnumValue(" + op.type() + ", " + op.value() + ") names both BEFORE and AFTER; give at most one");
    }
    StringBuilder sql = new StringBuilder("ALTER TYPE ").append(qualify(op.schema(), op.type()))
        .append(" ADD VALUE ").append(string(op.value()));
    if (op.before() != null) {
      sql.append(" BEFORE ").append(string(op.before()));
    } else if (op.after() != null) {
      sql.append(" AFTER ").append(string(op.after()));
    }
    out.add(SqlStatement.of(sql.toString()));
  }

  // ---- data ----------------------------------------------------------------------------------------

  private void bulkInsert(Op.BulkInsert op, List<SqlStatement> out) {
    if (op.columns().isEmpty()) {
      throw new IllegalArgumentException("bulkInsert into " + op.table() + " names no columns");
    }
    int width = op.columns().size();
    int rowsPerStatement = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, MAX_PARAMETERS_PER_STATEMENT / width));
    String head = "INSERT INTO " + qualify(op.schema(), op.table()) + " (" + quoteAll(op.columns()) + ") VALUES ";
    String row = "(" + String.join(", ", java.util.Collections.nCopies(width, "?")) + ")";
    List<List<Object>> rows = op.rows();
    for (int from = 0; from < rows.size(); from += rowsPerStatement) {
      List<List<Object>> chunk = rows.subList(from, Math.min(rows.size(), from + rowsPerStatement));
      StringBuilder sql = new StringBuilder(head);
      List<Object> parameters = new ArrayList<>(chunk.size() * width);
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(row);
        parameters.addAll(chunk.get(i));
      }
      out.add(new SqlStatement(sql.toString(), parameters, true));
    }
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private String quoteAll(List<String> identifiers) {
    return identifiers.stream().map(this::quote).collect(Collectors.joining(", "));
  }

  /** A string literal; standard_conforming_strings (on since 9.1) makes doubling quotes enough. */
  private String string(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
