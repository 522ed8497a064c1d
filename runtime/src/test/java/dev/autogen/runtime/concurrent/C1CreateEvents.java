package dev.autogen.runtime.concurrent;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.text;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

@Revision(id = "c1", message = "create events")
public final class C1CreateEvents implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("events", column("id", bigint()).notNull(), column("note", text()), primaryKey("id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("events");
  }
}
