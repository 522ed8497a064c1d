package dev.autogen.runtime.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of its table to {@code referencedColumns} of
 * {@code referencedSchema.referencedTable} (schema null: the same schema as the table).
 */
public record ForeignKey(
    String name,
    List<String> columns,
    String referencedSchema,
    String referencedTable,
    List<String> referencedColumns,
    Action onDelete,
    Action onUpdate,
    boolean deferrable,
    boolean initiallyDeferred)
    implements Constraint {

  /** What happens to referencing rows when the referenced row is deleted or its key updated. */
  public enum Action {
    NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

    private final String sql;

    Action(String sql) {
      this.sql = sql;
    }

    /** The SQL words, e.g. {@code SET NULL}. */
    public String sql() {
      return sql;
    }
  }

  public ForeignKey {
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    referencedColumns = List.copyOf(Objects.requireNonNull(referencedColumns, "referencedColumns"));
    Objects.requireNonNull(referencedTable, "referencedTable");
    onDelete = onDelete == null ? Action.NO_ACTION : onDelete;
    onUpdate = onUpdate == null ? Action.NO_ACTION : onUpdate;
    if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException(
          "a foreign key needs as many referenced columns as columns, and at least one: " + columns + " -> " + referencedColumns);
    }
  }

  @Override
  public ForeignKey named(String newName) {
    return new ForeignKey(newName, columns, referencedSchema, referencedTable, referencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred);
  }

  public ForeignKey onDelete(Action action) {
    return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, action, onUpdate, deferrable, initiallyDeferred);
  }

  public ForeignKey onUpdate(Action action) {
    return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, action, deferrable, initiallyDeferred);
  }

  public ForeignKey deferrable(boolean initiallyDeferredValue) {
    return new ForeignKey(name, columns, referencedSchema, referencedTable, referencedColumns, onDelete, onUpdate, true, initiallyDeferredValue);
  }

  public ForeignKey referencingSchema(String schema) {
    return new ForeignKey(name, columns, schema, referencedTable, referencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred);
  }
}
