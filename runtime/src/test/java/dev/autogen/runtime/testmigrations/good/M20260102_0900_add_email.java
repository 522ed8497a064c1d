package dev.autogen.runtime.testmigrations.good;

import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.varchar;

import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** add email: follows create users; extends a base class, which the loader must skip. */
@Revision(id = "20260102_0900_c3d4", parents = "20260101_0900_a1b2", message = "add email", transactional = false)
public final class M20260102_0900_add_email extends BaseMigration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("users", column("email", varchar(320)));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("users", "email");
  }
}
