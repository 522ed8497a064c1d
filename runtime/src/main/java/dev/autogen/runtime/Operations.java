package dev.autogen.runtime;

import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.ColumnChanges;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.TableElement;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

/**
 * The op API inside migrations. Each call builds an {@link Op} and hands it to {@link #apply(Op)}, which
 * renders it to SQL with the dialect and runs it (or, offline, prints it). Names are quoted wherever they
 * reach SQL, so tables called {@code user} or {@code order} need no care.
 *
 * <p>Calls work in the default schema; {@link #inSchema(String)} gives a view that works in another.
 */
public interface Operations {

  /** Performs one op: the primitive every other call goes through. */
  void apply(Op op);

  /** The schema this view's ops work in; null for the connection's default. */
  String schema();

  /** A view of these operations whose ops work in {@code schema}. */
  Operations inSchema(String schema);

  /** The dialect that renders SQL. */
  Dialect dialect();

  /**
   * The JDBC connection, inside the migration's transaction, for data migrations written in Java.
   * Offline ({@code --sql}) there is none, and this throws saying so.
   */
  Connection connection();

  // ---- tables --------------------------------------------------------------------------------------

  default void createTable(String table, TableElement... elements) {
    apply(new Op.CreateTable(schema(), Table.of(table, Arrays.asList(elements))));
  }

  default void dropTable(String table) {
    apply(new Op.DropTable(schema(), table, null));
  }

  default void renameTable(String from, String to) {
    apply(new Op.RenameTable(schema(), from, to));
  }

  /** Sets the table's comment; null removes it. */
  default void setTableComment(String table, String comment) {
    apply(new Op.SetTableComment(schema(), table, Change.to(comment)));
  }

  default void setTableComment(String table, String from, String to) {
    apply(new Op.SetTableComment(schema(), table, Change.of(from, to)));
  }

  // ---- columns -------------------------------------------------------------------------------------

  default void addColumn(String table, Column column) {
    apply(new Op.AddColumn(schema(), table, column));
  }

  default void dropColumn(String table, String column) {
    apply(new Op.DropColumn(schema(), table, column, null));
  }

  default void renameColumn(String table, String from, String to) {
    apply(new Op.RenameColumn(schema(), table, from, to));
  }

  /** Changes a column's type, nullability, default, identity or comment: see {@link ColumnChanges}. */
  default void alterColumn(String table, String column, ColumnChanges changes) {
    apply(changes.toOp(schema(), table, column));
  }

  /** Sets a column's comment; null removes it. */
  default void setColumnComment(String table, String column, String comment) {
    apply(ColumnChanges.alter().comment(comment).toOp(schema(), table, column));
  }

  // ---- indexes -------------------------------------------------------------------------------------

  default void createIndex(Index index) {
    apply(new Op.CreateIndex(schema(), index, false));
  }

  /** CREATE INDEX CONCURRENTLY: the migration must be declared {@code transactional = false}. */
  default void createIndexConcurrently(Index index) {
    apply(new Op.CreateIndex(schema(), index, true));
  }

  default void dropIndex(String name) {
    apply(new Op.DropIndex(schema(), name, null, false));
  }

  default void dropIndexConcurrently(String name) {
    apply(new Op.DropIndex(schema(), name, null, true));
  }

  // ---- constraints ---------------------------------------------------------------------------------

  default void addPrimaryKey(String table, PrimaryKey primaryKey) {
    apply(new Op.AddPrimaryKey(schema(), table, primaryKey));
  }

  default void addUniqueConstraint(String table, UniqueConstraint constraint) {
    apply(new Op.AddUniqueConstraint(schema(), table, constraint));
  }

  default void addForeignKey(String table, ForeignKey foreignKey) {
    apply(new Op.AddForeignKey(schema(), table, foreignKey, false));
  }

  /** Adds the foreign key without checking existing rows; check them later with {@link #validateConstraint}. */
  default void addForeignKeyNotValid(String table, ForeignKey foreignKey) {
    apply(new Op.AddForeignKey(schema(), table, foreignKey, true));
  }

  default void addCheckConstraint(String table, CheckConstraint constraint) {
    apply(new Op.AddCheckConstraint(schema(), table, constraint, false));
  }

  default void addCheckConstraintNotValid(String table, CheckConstraint constraint) {
    apply(new Op.AddCheckConstraint(schema(), table, constraint, true));
  }

  default void validateConstraint(String table, String name) {
    apply(new Op.ValidateConstraint(schema(), table, name));
  }

  /** Drops any constraint by name: primary key, unique, foreign key or check. */
  default void dropConstraint(String table, String name) {
    apply(new Op.DropConstraint(schema(), table, name, null));
  }

  // ---- sequences -----------------------------------------------------------------------------------

  default void createSequence(Sequence sequence) {
    apply(new Op.CreateSequence(schema(), sequence));
  }

  /** Sets the options given in {@code sequence} (those left null are not changed). */
  default void alterSequence(Sequence sequence) {
    apply(new Op.AlterSequence(schema(), null, sequence));
  }

  default void alterSequence(Sequence from, Sequence to) {
    apply(new Op.AlterSequence(schema(), from, to));
  }

  default void dropSequence(String name) {
    apply(new Op.DropSequence(schema(), name, null));
  }

  // ---- enum types ----------------------------------------------------------------------------------

  default void createEnumType(String name, String... values) {
    apply(new Op.CreateEnumType(schema(), new EnumType(name, List.of(values))));
  }

  default void dropEnumType(String name) {
    apply(new Op.DropEnumType(schema(), name, null));
  }

  default void addEnumValue(String type, String value) {
    apply(new Op.AddEnumValue(schema(), type, value, null, null));
  }

  default void addEnumValueBefore(String type, String value, String before) {
    apply(new Op.AddEnumValue(schema(), type, value, before, null));
  }

  default void addEnumValueAfter(String type, String value, String after) {
    apply(new Op.AddEnumValue(schema(), type, value, null, after));
  }

  // ---- data and raw SQL ----------------------------------------------------------------------------

  /** Runs SQL with JDBC parameters ({@code ?}). */
  default void execute(String sql, Object... parameters) {
    apply(new Op.Execute(sql, Arrays.asList(parameters), null));
  }

  /** Inserts rows, each a list of values in {@code columns} order. */
  default void bulkInsert(String table, List<String> columns, List<List<Object>> rows) {
    apply(new Op.BulkInsert(schema(), table, columns, rows));
  }
}
