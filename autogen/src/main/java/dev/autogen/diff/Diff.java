package dev.autogen.diff;

import dev.autogen.runtime.op.IrreversibleOperationException;
import dev.autogen.runtime.op.Op;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two schemas: the ops that turn the current schema into the target, in an order
 * that runs, and the notes a reviewer must read.
 */
public record Diff(List<Op> ops, List<DiffNote> notes) {

  public Diff {
    ops = List.copyOf(ops);
    notes = List.copyOf(notes);
  }

  /**
   * True when the two schemas are the same: no ops, and no difference that only a person can write
   * ({@link DiffNote.Kind#MANUAL}).
   */
  public boolean isEmpty() {
    return ops.isEmpty() && notes.stream().noneMatch(n -> n.kind() == DiffNote.Kind.MANUAL);
  }

  /**
   * The ops that undo {@link #ops()}: the reverse of each, last first.
   *
   * @throws IrreversibleOperationException when an op has no reverse (see the {@code IRREVERSIBLE} notes)
   */
  public List<Op> downgrade() {
    List<Op> out = new ArrayList<>(ops.size());
    for (int i = ops.size() - 1; i >= 0; i--) {
      out.add(ops.get(i).reverse());
    }
    return out;
  }

  /** The notes of one kind. */
  public List<DiffNote> notes(DiffNote.Kind kind) {
    return notes.stream().filter(n -> n.kind() == kind).toList();
  }
}
