package dev.autogen.runtime.op;

import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.SqlType;

/**
 * The changes of one {@code alterColumn} call, built fluently. Each property takes either the new value
 * alone (hand-written; not reversible) or the old and the new value (generated; reversible):
 *
 * <pre>{@code
 * op.alterColumn("users", "email", alter().type(varchar(255), varchar(320)).nullable(true, false));
 * op.alterColumn("users", "age", alter().type(integer()).using("age::integer"));
 * }</pre>
 */
public final class ColumnChanges {
  private Change<SqlType> type;
  private String using;
  private Change<Boolean> nullable;
  private Change<String> defaultValue;
  private Change<Identity> identity;
  private Change<String> comment;

  public static ColumnChanges alter() {
    return new ColumnChanges();
  }

  public ColumnChanges type(SqlType to) {
    type = Change.to(to);
    return this;
  }

  public ColumnChanges type(SqlType from, SqlType to) {
    type = Change.of(from, to);
    return this;
  }

  /** The USING expression that converts existing values for a type change. */
  public ColumnChanges using(String expression) {
    using = expression;
    return this;
  }

  public ColumnChanges setNotNull() {
    nullable = Change.to(false);
    return this;
  }

  public ColumnChanges dropNotNull() {
    nullable = Change.to(true);
    return this;
  }

  public ColumnChanges nullable(boolean from, boolean to) {
    nullable = Change.of(from, to);
    return this;
  }

  /** Sets the server default (an SQL expression), or drops it when null. */
  public ColumnChanges defaultValue(String to) {
    defaultValue = Change.to(to);
    return this;
  }

  public ColumnChanges defaultValue(String from, String to) {
    defaultValue = Change.of(from, to);
    return this;
  }

  public ColumnChanges dropDefault() {
    return defaultValue(null);
  }

  /** Makes the column an identity column, or drops its identity when null. */
  public ColumnChanges identity(Identity to) {
    identity = Change.to(to);
    return this;
  }

  public ColumnChanges identity(Identity from, Identity to) {
    identity = Change.of(from, to);
    return this;
  }

  public ColumnChanges comment(String to) {
    comment = Change.to(to);
    return this;
  }

  public ColumnChanges comment(String from, String to) {
    comment = Change.of(from, to);
    return this;
  }

  /** The op these changes make on {@code schema.table.column}. */
  public Op.AlterColumn toOp(String schema, String table, String column) {
    if (type == null && nullable == null && defaultValue == null && identity == null && comment == null) {
      throw new IllegalArgumentException("alterColumn(" + table + ", " + column + ") changes nothing: name at least one change");
    }
    if (using != null && type == null) {
      throw new IllegalArgumentException("alterColumn(" + table + ", " + column + "): using(...) needs a type change");
    }
    return new Op.AlterColumn(schema, table, column, type, using, nullable, defaultValue, identity, comment);
  }
}
