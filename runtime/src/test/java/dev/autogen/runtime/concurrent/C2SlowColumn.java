package dev.autogen.runtime.concurrent;

import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.timestamptz;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** Takes a while, so the other runners are waiting for the lock while it runs. */
@Revision(id = "c2", parents = "c1", message = "add created_at, slowly")
public final class C2SlowColumn implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("events", column("created_at", timestamptz()));
    op.execute("SELECT pg_sleep(0.5)");
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("events", "created_at");
  }
}
