package dev.autogen.spring.boot.migrations;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.primaryKey;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** notes */
@Revision(id = "20261126_1000_0a01", message = "notes")
public final class M20261126_1000_notes implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("notes", column("id", bigint()).notNull(), primaryKey("id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("notes");
  }
}
