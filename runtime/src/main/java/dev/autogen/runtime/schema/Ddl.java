package dev.autogen.runtime.schema;

import java.util.Arrays;
import java.util.List;

/**
 * Static factories for the definitions used inside migrations: types, columns, keys, indexes, sequences.
 * Generated migrations import these statically: {@code column("linkedin_url", varchar(255))}.
 *
 * <p>Type factories return the spelling the database prints ({@link SqlType}), so a column written with
 * {@code varchar(255)} compares equal to one read back from the database.
 */
public final class Ddl {
  private Ddl() {}

  // ---- types ---------------------------------------------------------------------------------------

  /** Any type, spelled as the database prints it. */
  public static SqlType type(String sql) {
    return new SqlType(sql);
  }

  public static SqlType varchar(int length) {
    return new SqlType("character varying(" + length + ")");
  }

  public static SqlType varchar() {
    return new SqlType("character varying");
  }

  public static SqlType character(int length) {
    return new SqlType("character(" + length + ")");
  }

  public static SqlType text() {
    return new SqlType("text");
  }

  public static SqlType smallint() {
    return new SqlType("smallint");
  }

  public static SqlType integer() {
    return new SqlType("integer");
  }

  public static SqlType bigint() {
    return new SqlType("bigint");
  }

  public static SqlType numeric(int precision, int scale) {
    return new SqlType("numeric(" + precision + "," + scale + ")");
  }

  public static SqlType numeric() {
    return new SqlType("numeric");
  }

  public static SqlType real() {
    return new SqlType("real");
  }

  public static SqlType doublePrecision() {
    return new SqlType("double precision");
  }

  public static SqlType bool() {
    return new SqlType("boolean");
  }

  public static SqlType date() {
    return new SqlType("date");
  }

  public static SqlType time() {
    return new SqlType("time without time zone");
  }

  public static SqlType timestamp() {
    return new SqlType("timestamp without time zone");
  }

  public static SqlType timestamp(int precision) {
    return new SqlType("timestamp(" + precision + ") without time zone");
  }

  public static SqlType timestamptz() {
    return new SqlType("timestamp with time zone");
  }

  public static SqlType timestamptz(int precision) {
    return new SqlType("timestamp(" + precision + ") with time zone");
  }

  public static SqlType uuid() {
    return new SqlType("uuid");
  }

  public static SqlType json() {
    return new SqlType("json");
  }

  public static SqlType jsonb() {
    return new SqlType("jsonb");
  }

  public static SqlType bytea() {
    return new SqlType("bytea");
  }

  public static SqlType arrayOf(SqlType element) {
    return new SqlType(element.sql() + "[]");
  }

  // ---- columns and constraints ---------------------------------------------------------------------

  /** A nullable column with no default; refine with {@code notNull()}, {@code defaultValue(...)}, ... */
  public static Column column(String name, SqlType type) {
    return new Column(name, type, true, null, null, null, null);
  }

  public static PrimaryKey primaryKey(String... columns) {
    return new PrimaryKey(null, List.of(columns));
  }

  public static PrimaryKey primaryKey(String name, List<String> columns) {
    return new PrimaryKey(name, columns);
  }

  public static UniqueConstraint unique(String... columns) {
    return new UniqueConstraint(null, List.of(columns), false);
  }

  public static UniqueConstraint unique(String name, List<String> columns) {
    return new UniqueConstraint(name, columns, false);
  }

  public static CheckConstraint check(String name, String expression) {
    return new CheckConstraint(name, expression);
  }

  /** A single-column foreign key to {@code referencedTable(referencedColumn)}; name it with {@code named}. */
  public static ForeignKey foreignKey(String column, String referencedTable, String referencedColumn) {
    return new ForeignKey(null, List.of(column), null, referencedTable, List.of(referencedColumn),
        ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION, false, false);
  }

  public static ForeignKey foreignKey(
      String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
    return new ForeignKey(name, columns, null, referencedTable, referencedColumns,
        ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION, false, false);
  }

  public static TableComment comment(String text) {
    return new TableComment(text);
  }

  // ---- indexes -------------------------------------------------------------------------------------

  public static Index index(String name, String table, String... columns) {
    return new Index(name, table, Arrays.stream(columns).map(IndexElement::column).toList(), false, null, List.of(), null);
  }

  public static Index index(String name, String table, IndexElement... elements) {
    return new Index(name, table, List.of(elements), false, null, List.of(), null);
  }

  public static IndexElement asc(String column) {
    return IndexElement.column(column);
  }

  public static IndexElement desc(String column) {
    return IndexElement.column(column).desc();
  }

  public static IndexElement expr(String sql) {
    return IndexElement.expression(sql);
  }

  // ---- sequences and enum types --------------------------------------------------------------------

  public static Sequence sequence(String name) {
    return new Sequence(name, null, null, null, null, null, null, false);
  }

  public static EnumType enumType(String name, String... values) {
    return new EnumType(name, List.of(values));
  }
}
