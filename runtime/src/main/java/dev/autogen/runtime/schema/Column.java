package dev.autogen.runtime.schema;

import java.util.Objects;

/**
 * A column: name, type, nullability, server default (an SQL expression, as the database prints it),
 * identity, generated expression (a stored generated column) and comment. Optional parts are null.
 *
 * <p>Built in migrations with {@link Ddl#column} and the {@code with...} methods, e.g.
 * {@code column("email", varchar(255)).notNull().defaultValue("''")}.
 */
public record Column(
    String name,
    SqlType type,
    boolean nullable,
    String defaultValue,
    Identity identity,
    String generatedAs,
    String comment)
    implements TableElement {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public Column notNull() {
    return new Column(name, type, false, defaultValue, identity, generatedAs, comment);
  }

  public Column withNullable(boolean value) {
    return new Column(name, type, value, defaultValue, identity, generatedAs, comment);
  }

  public Column withType(SqlType value) {
    return new Column(name, value, nullable, defaultValue, identity, generatedAs, comment);
  }

  /** The server default, an SQL expression such as {@code 'member'} or {@code now()}; null for none. */
  public Column defaultValue(String expression) {
    return new Column(name, type, nullable, expression, identity, generatedAs, comment);
  }

  public Column identity(Identity value) {
    return new Column(name, type, value == null ? nullable : false, defaultValue, value, generatedAs, comment);
  }

  public Column generatedAlwaysAsIdentity() {
    return identity(Identity.always());
  }

  public Column generatedByDefaultAsIdentity() {
    return identity(Identity.byDefault());
  }

  /** A stored generated column computed by the given SQL expression. */
  public Column generatedAs(String expression) {
    return new Column(name, type, nullable, defaultValue, identity, expression, comment);
  }

  public Column comment(String text) {
    return new Column(name, type, nullable, defaultValue, identity, generatedAs, text);
  }

  public Column renamed(String newName) {
    return new Column(newName, type, nullable, defaultValue, identity, generatedAs, comment);
  }
}
