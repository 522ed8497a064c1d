package dev.autogen.runtime.op;

import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.Constraint;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.List;
import java.util.Objects;

/**
 * One schema change. The differ produces ops, the renderer prints each as the {@code Operations} call that
 * re-creates it, and the runtime turns each into SQL through a {@code Dialect}.
 *
 * <p>{@code schema} is null for the connection's default schema. Every op knows its {@link #reverse()};
 * drops carry the definition of what they drop so the reverse can re-create it. An op that cannot be
 * reversed throws {@link IrreversibleOperationException} with the reason.
 */
public sealed interface Op {

  /** The schema the op works in, or null for the default one. */
  String schema();

  /** The op that undoes this one. */
  Op reverse();

  // ---- tables --------------------------------------------------------------------------------------

  /** CREATE TABLE with columns and constraints (its indexes are separate {@link CreateIndex} ops). */
  record CreateTable(String schema, Table table) implements Op {
    public CreateTable {
      Objects.requireNonNull(table, "table");
    }

    @Override
    public Op reverse() {
      return new DropTable(schema, table.name(), table);
    }
  }

  /** DROP TABLE; {@code definition} (null when unknown) lets the reverse re-create it. */
  record DropTable(String schema, String name, Table definition) implements Op {
    @Override
    public Op reverse() {
      if (definition == null) {
        throw new IrreversibleOperationException("cannot reverse dropTable(" + name + "): its definition was not recorded");
      }
      return new CreateTable(schema, definition);
    }
  }

  record RenameTable(String schema, String from, String to) implements Op {
    @Override
    public Op reverse() {
      return new RenameTable(schema, to, from);
    }
  }

  /** COMMENT ON TABLE; {@code to} null removes the comment. */
  record SetTableComment(String schema, String table, Change<String> comment) implements Op {
    @Override
    public Op reverse() {
      return new SetTableComment(schema, table, comment.reverse("the comment of table " + table));
    }
  }

  // ---- columns -------------------------------------------------------------------------------------

  record AddColumn(String schema, String table, Column column) implements Op {
    @Override
    public Op reverse() {
      return new DropColumn(schema, table, column.name(), column);
    }
  }

  /** DROP COLUMN; {@code definition} (null when unknown) lets the reverse re-add it, without its data. */
  record DropColumn(String schema, String table, String name, Column definition) implements Op {
    @Override
    public Op reverse() {
      if (definition == null) {
        throw new IrreversibleOperationException(
            "cannot reverse dropColumn(" + table + "." + name + "): its definition was not recorded");
      }
      return new AddColumn(schema, table, definition);
    }
  }

  record RenameColumn(String schema, String table, String from, String to) implements Op {
    @Override
    public Op reverse() {
      return new RenameColumn(schema, table, to, from);
    }
  }

  /**
   * ALTER COLUMN: each non-null change is applied; {@code using} is the USING expression of a type change.
   */
  record AlterColumn(
      String schema,
      String table,
      String column,
      Change<SqlType> type,
      String using,
      Change<Boolean> nullable,
      Change<String> defaultValue,
      Change<Identity> identity,
      Change<String> comment)
      implements Op {

    @Override
    public Op reverse() {
      String what = table + "." + column;
      return new AlterColumn(
          schema,
          table,
          column,
          type == null ? null : type.reverse("the type of " + what),
          null,
          nullable == null ? null : nullable.reverse("the nullability of " + what),
          defaultValue == null ? null : defaultValue.reverse("the default of " + what),
          identity == null ? null : identity.reverse("the identity of " + what),
          comment == null ? null : comment.reverse("the comment of " + what));
    }
  }

  // ---- indexes -------------------------------------------------------------------------------------

  record CreateIndex(String schema, Index index, boolean concurrently) implements Op {
    @Override
    public Op reverse() {
      return new DropIndex(schema, index.name(), index, concurrently);
    }
  }

  record DropIndex(String schema, String name, Index definition, boolean concurrently) implements Op {
    @Override
    public Op reverse() {
      if (definition == null) {
        throw new IrreversibleOperationException("cannot reverse dropIndex(" + name + "): its definition was not recorded");
      }
      return new CreateIndex(schema, definition, concurrently);
    }
  }

  // ---- constraints ---------------------------------------------------------------------------------

  record AddPrimaryKey(String schema, String table, PrimaryKey primaryKey) implements Op {
    @Override
    public Op reverse() {
      return new DropConstraint(schema, table, requireName(primaryKey, table), primaryKey);
    }
  }

  record AddUniqueConstraint(String schema, String table, UniqueConstraint constraint) implements Op {
    @Override
    public Op reverse() {
      return new DropConstraint(schema, table, requireName(constraint, table), constraint);
    }
  }

  /** ADD FOREIGN KEY, optionally NOT VALID (existing rows are checked later by {@link ValidateConstraint}). */
  record AddForeignKey(String schema, String table, ForeignKey foreignKey, boolean notValid) implements Op {
    @Override
    public Op reverse() {
      return new DropConstraint(schema, table, requireName(foreignKey, table), foreignKey);
    }
  }

  record AddCheckConstraint(String schema, String table, CheckConstraint constraint, boolean notValid) implements Op {
    @Override
    public Op reverse() {
      return new DropConstraint(schema, table, requireName(constraint, table), constraint);
    }
  }

  record ValidateConstraint(String schema, String table, String name) implements Op {
    @Override
    public Op reverse() {
      throw new IrreversibleOperationException(
          "VALIDATE CONSTRAINT " + name + " has nothing to undo; leave it out of the downgrade");
    }
  }

  /** DROP CONSTRAINT; {@code definition} (null when unknown) lets the reverse re-add it. */
  record DropConstraint(String schema, String table, String name, Constraint definition) implements Op {
    @Override
    public Op reverse() {
      if (definition == null) {
        throw new IrreversibleOperationException(
            "cannot reverse dropConstraint(" + table + ", " + name + "): its definition was not recorded");
      }
      Constraint named = definition.name() == null ? definition.named(name) : definition;
      if (named instanceof PrimaryKey pk) {
        return new AddPrimaryKey(schema, table, pk);
      } else if (named instanceof UniqueConstraint u) {
        return new AddUniqueConstraint(schema, table, u);
      } else if (named instanceof ForeignKey fk) {
        return new AddForeignKey(schema, table, fk, false);
      }
      return new AddCheckConstraint(schema, table, (CheckConstraint) named, false);
    }
  }

  // ---- sequences -----------------------------------------------------------------------------------

  record CreateSequence(String schema, Sequence sequence) implements Op {
    @Override
    public Op reverse() {
      return new DropSequence(schema, sequence.name(), sequence);
    }
  }

  /** ALTER SEQUENCE from one set of options ({@code from}, null when unknown) to another. */
  record AlterSequence(String schema, Sequence from, Sequence to) implements Op {
    @Override
    public Op reverse() {
      if (from == null) {
        throw new IrreversibleOperationException(
            "cannot reverse alterSequence(" + to.name() + "): its previous options were not recorded");
      }
      return new AlterSequence(schema, to, from);
    }
  }

  record DropSequence(String schema, String name, Sequence definition) implements Op {
    @Override
    public Op reverse() {
      if (definition == null) {
        throw new IrreversibleOperationException("cannot reverse dropSequence(" + name + "): its definition was not recorded");
      }
      return new CreateSequence(schema, definition);
    }
  }

  // ---- enum types ----------------------------------------------------------------------------------

  record CreateEnumType(String schema, EnumType type) implements Op {
    @Override
    public Op reverse() {
      return new DropEnumType(schema, type.name(), type);
    }
  }

  record DropEnumType(String schema, String name, EnumType definition) implements Op {
    @Override
    public Op reverse() {
      if (definition == null) {
        throw new IrreversibleOperationException("cannot reverse dropEnumType(" + name + "): its labels were not recorded");
      }
      return new CreateEnumType(schema, definition);
    }
  }

  /** ALTER TYPE ... ADD VALUE, optionally BEFORE or AFTER an existing label (at most one of the two). */
  record AddEnumValue(String schema, String type, String value, String before, String after) implements Op {
    @Override
    public Op reverse() {
      throw new IrreversibleOperationException(
          "PostgreSQL cannot remove the value '" + value + "' from enum type " + type
              + "; to undo it, re-create the type without it in the downgrade by hand");
    }
  }

  // ---- data and raw SQL ----------------------------------------------------------------------------

  /** Raw SQL with JDBC parameters ({@code ?}); {@code reverseSql} (may be null) is what undoes it. */
  record Execute(String sql, List<Object> parameters, String reverseSql) implements Op {
    public Execute {
      Objects.requireNonNull(sql, "sql");
      parameters = parameters == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }

    @Override
    public String schema() {
      return null;
    }

    @Override
    public Op reverse() {
      if (reverseSql == null) {
        throw new IrreversibleOperationException("cannot reverse execute(\"" + abbreviate(sql) + "\"): no reverse SQL was given");
      }
      return new Execute(reverseSql, List.of(), sql);
    }
  }

  /** INSERT of rows (each row's values in {@code columns} order). */
  record BulkInsert(String schema, String table, List<String> columns, List<List<Object>> rows) implements Op {
    public BulkInsert {
      columns = List.copyOf(columns);
      rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
      for (List<Object> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException(
              "bulkInsert into " + table + ": a row has " + row.size() + " values for " + columns.size() + " columns");
        }
      }
    }

    @Override
    public Op reverse() {
      throw new IrreversibleOperationException("cannot reverse bulkInsert into " + table + ": delete the rows in the downgrade by hand");
    }
  }

  private static String requireName(Constraint c, String table) {
    if (c.name() == null) {
      throw new IrreversibleOperationException(
          "cannot reverse an unnamed constraint on " + table + ": give it a name so the downgrade can drop it");
    }
    return c.name();
  }

  private static String abbreviate(String sql) {
    String one = sql.replaceAll("\\s+", " ").trim();
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }
}
