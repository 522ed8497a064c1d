package dev.autogen.runtime.concurrent;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import java.util.List;

/** Inserts a row: applied twice, it would fail on the primary key or leave two rows. */
@Revision(id = "c4", parents = "c3", message = "insert the first event")
public final class C4InsertOnce implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.bulkInsert("events", List.of("id", "note"), List.of(List.of(1L, "once")));
  }

  @Override
  public void downgrade(Operations op) {
    op.execute("DELETE FROM events WHERE id = ?", 1L);
  }
}
