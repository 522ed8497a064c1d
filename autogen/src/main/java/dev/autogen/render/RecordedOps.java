package dev.autogen.render;

import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.Index;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rendered migration gives back when its {@code upgrade} runs against recording operations, and the
 * comparison with the ops it was rendered from.
 *
 * <p>Two things differ between the ops given to {@link MigrationRenderer} and the ops its code records, by
 * design of the {@code Operations} API, and nothing else may:
 * <ul>
 *   <li>a drop ({@code dropTable("users")}) names only what it drops, so the recorded op has no definition;
 *       the definition is used at render time, to write the downgrade;</li>
 *   <li>a {@code CreateTable} whose table lists indexes is rendered as {@code createTable} followed by one
 *       {@code createIndex} per index ({@code createTable} itself takes no indexes);</li>
 *   <li>an {@code execute} names no reverse SQL; the reverse is used at render time, for the downgrade.</li>
 * </ul>
 */
public final class RecordedOps {
  private RecordedOps() {}

  /** The ops with each table's indexes split into {@code CreateIndex} ops following its {@code CreateTable}. */
  public static List<Op> splitTableIndexes(List<Op> ops) {
    List<Op> out = new ArrayList<>(ops.size());
    for (Op op : ops) {
      out.addAll(splitTableIndexes(op));
    }
    return out;
  }

  /** One op, with a {@code CreateTable}'s indexes split out; any other op alone. */
  public static List<Op> splitTableIndexes(Op op) {
    if (op instanceof Op.CreateTable create && !create.table().indexes().isEmpty()) {
      List<Op> out = new ArrayList<>();
      out.add(new Op.CreateTable(create.schema(), create.table().withIndexes(List.of())));
      for (Index index : create.table().indexes()) {
        out.add(new Op.CreateIndex(create.schema(), index, false));
      }
      return out;
    }
    return List.of(op);
  }

  /**
   * The op as the runtime call that performs it builds it: a drop without the definition of what it drops, an
   * {@code execute} without reverse SQL.
   */
  public static Op withoutDefinition(Op op) {
    if (op instanceof Op.Execute e && e.reverseSql() != null) {
      return new Op.Execute(e.sql(), e.parameters(), null);
    }
    if (op instanceof Op.DropTable d) {
      return new Op.DropTable(d.schema(), d.name(), null);
    } else if (op instanceof Op.DropColumn d) {
      return new Op.DropColumn(d.schema(), d.table(), d.name(), null);
    } else if (op instanceof Op.DropIndex d) {
      return new Op.DropIndex(d.schema(), d.name(), null, d.concurrently());
    } else if (op instanceof Op.DropConstraint d) {
      return new Op.DropConstraint(d.schema(), d.table(), d.name(), null);
    } else if (op instanceof Op.DropSequence d) {
      return new Op.DropSequence(d.schema(), d.name(), null);
    } else if (op instanceof Op.DropEnumType d) {
      return new Op.DropEnumType(d.schema(), d.name(), null);
    }
    return op;
  }

  /** The ops the rendered {@code upgrade} records when it runs, given the ops it was rendered from. */
  public static List<Op> expected(List<Op> renderedOps) {
    return splitTableIndexes(renderedOps).stream().map(RecordedOps::withoutDefinition).toList();
  }

  /** True when {@code recorded} is exactly what code rendered from {@code renderedOps} must record. */
  public static boolean matches(List<Op> renderedOps, List<Op> recorded) {
    return expected(renderedOps).equals(recorded.stream().map(RecordedOps::withoutDefinition).toList());
  }
}
