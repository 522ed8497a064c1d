package dev.autogen.lint;

import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.ForeignKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the ops of a diff into the safe forms asked for in {@link LintOptions}, between the differ and the
 * renderer. The ops still take the schema to the same place, so the migration round-trips as before:
 * <ul>
 *   <li>{@code concurrentIndexes}: an index on an existing table is created {@code CONCURRENTLY}; the
 *       migration then runs outside a transaction (the renderer declares it {@code transactional = false}).</li>
 *   <li>{@code notValidConstraints}: a foreign key or check added to an existing table is added
 *       {@code NOT VALID} and validated right after; the migration runs outside a transaction, so that each
 *       statement commits on its own and the validation scan holds only a weak lock.</li>
 *   <li>{@code notNullBackfill}: a column whose default would rewrite the table (volatile, or any before
 *       PostgreSQL 11) is added without it; then the default is set, existing rows are filled with an
 *       {@code UPDATE}, and the column is made NOT NULL. A {@code SET NOT NULL} that sets a new default at the
 *       same time gets the same backfill before it. The downgrade has nothing to undo for a backfill: it is
 *       an {@code execute} whose reverse SQL is empty.</li>
 * </ul>
 * A migration outside a transaction is not rolled back when a step fails: the steps before it stay applied.
 */
public final class SafeForms {
  private final LintOptions options;
  private final Dialect dialect;

  public SafeForms(LintOptions options) {
    this.options = options;
    this.dialect = Dialects.named("postgresql");
  }

  /** The ops rewritten, and whether the migration must run outside a transaction. */
  public record Result(List<Op> ops, boolean outsideTransaction) {
    public Result {
      ops = List.copyOf(ops);
    }
  }

  /** The safe forms of {@code ops}. */
  public Result apply(List<Op> ops) {
    Set<String> newTables = new HashSet<>();
    List<Op> out = new ArrayList<>();
    boolean outside = false;
    for (Op op : ops) {
      if (op instanceof Op.CreateTable o) {
        newTables.add(key(o.schema(), o.table().name()));
        out.add(op);
      } else if (op instanceof Op.RenameTable o && newTables.contains(key(o.schema(), o.from()))) {
        newTables.add(key(o.schema(), o.to()));
        out.add(op);
      } else if (op instanceof Op.CreateIndex o && options.concurrentIndexes() && !o.concurrently()
          && !newTables.contains(key(o.schema(), o.index().table()))) {
        out.add(new Op.CreateIndex(o.schema(), o.index(), true));
        outside = true;
      } else if (op instanceof Op.AddForeignKey o && options.notValidConstraints() && !o.notValid()
          && o.foreignKey().name() != null && !newTables.contains(key(o.schema(), o.table()))) {
        ForeignKey fk = o.foreignKey();
        out.add(new Op.AddForeignKey(o.schema(), o.table(), fk, true));
        out.add(new Op.ValidateConstraint(o.schema(), o.table(), fk.name()));
        outside = true;
      } else if (op instanceof Op.AddCheckConstraint o && options.notValidConstraints() && !o.notValid()
          && o.constraint().name() != null && !newTables.contains(key(o.schema(), o.table()))) {
        CheckConstraint check = o.constraint();
        out.add(new Op.AddCheckConstraint(o.schema(), o.table(), check, true));
        out.add(new Op.ValidateConstraint(o.schema(), o.table(), check.name()));
        outside = true;
      } else if (op instanceof Op.AddColumn o && options.notNullBackfill() && !newTables.contains(key(o.schema(), o.table()))
          && rewritesOnAdd(o.column())) {
        Column c = o.column();
        out.add(new Op.AddColumn(o.schema(), o.table(), c.withNullable(true).defaultValue(null)));
        out.add(new Op.AlterColumn(o.schema(), o.table(), c.name(), null, null, null, Change.of(null, c.defaultValue()),
            null, null));
        out.add(backfill(o.schema(), o.table(), c.name(), c.defaultValue()));
        if (!c.nullable()) {
          out.add(new Op.AlterColumn(o.schema(), o.table(), c.name(), null, null, Change.of(true, false), null, null,
              null));
        }
      } else if (op instanceof Op.AlterColumn o && options.notNullBackfill() && !newTables.contains(key(o.schema(), o.table()))
          && o.nullable() != null && Boolean.FALSE.equals(o.nullable().to())
          && o.defaultValue() != null && o.defaultValue().to() != null) {
        // The default first (with any other change), then the backfill, then NOT NULL.
        out.add(new Op.AlterColumn(o.schema(), o.table(), o.column(), o.type(), o.using(), null, o.defaultValue(),
            o.identity(), o.comment()));
        out.add(backfill(o.schema(), o.table(), o.column(), o.defaultValue().to()));
        out.add(new Op.AlterColumn(o.schema(), o.table(), o.column(), null, null, o.nullable(), null, null, null));
      } else {
        out.add(op);
      }
    }
    return new Result(out, outside);
  }

  /** True when adding the column with its default in one statement would rewrite the table. */
  private boolean rewritesOnAdd(Column c) {
    if (c.defaultValue() == null || c.identity() != null || c.generatedAs() != null
        || c.defaultValue().strip().equalsIgnoreCase("null")) {
      return false;
    }
    return options.serverVersion() < 11 || DefaultVolatility.of(c.defaultValue()).kind() != DefaultVolatility.Kind.NOT_VOLATILE;
  }

  /** {@code UPDATE t SET c = default WHERE c IS NULL}, with an empty reverse: the downgrade has nothing to undo. */
  private Op.Execute backfill(String schema, String table, String column, String defaultValue) {
    String c = dialect.quote(column);
    return new Op.Execute("UPDATE " + dialect.qualify(schema, table) + " SET " + c + " = " + defaultValue + " WHERE " + c
        + " IS NULL", List.of(), "");
  }

  private static String key(String schema, String name) {
    return schema == null || schema.equals("public") ? name : schema + "." + name;
  }
}
