package dev.autogen.spring.boot.migrations;

import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.varchar;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** note text */
@Revision(id = "20261126_1100_0b02", parents = "20261126_1000_0a01", message = "note text")
public final class M20261126_1100_note_text implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("notes", column("text", varchar(200)));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("notes", "text");
  }
}
