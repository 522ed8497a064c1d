package dev.autogen.runtime.testmigrations.good;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.varchar;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** create users: a base revision used by MigrationLoaderTest, also compiled from this very source. */
@Revision(id = "20260101_0900_a1b2", message = "create users")
public final class M20260101_0900_create_users implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("users", column("id", bigint()).notNull(), column("name", varchar(255)), primaryKey("id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("users");
  }
}
