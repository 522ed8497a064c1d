package dev.autogen.runtime.concurrent;

import static dev.autogen.runtime.schema.Ddl.index;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * An index built concurrently while other runners wait for the lock: it must not wait for them (a runner
 * blocked inside a lock statement would hold a snapshot the build waits for).
 */
@Revision(id = "c3", parents = "c2", message = "index events by note", transactional = false)
public final class C3IndexConcurrently implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createIndexConcurrently(index("events_note_idx", "events", "note"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropIndexConcurrently("events_note_idx");
  }
}
