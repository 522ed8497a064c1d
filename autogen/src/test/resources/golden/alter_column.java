package com.example.migrations;

import static dev.autogen.runtime.op.ColumnChanges.alter;
import static dev.autogen.runtime.schema.Ddl.varchar;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * email: longer, required
 *
 * <p>Detected:
 * <ul>
 *   <li>changed column users.email (User.email): type from character varying(255) to character varying(320), set NOT NULL</li>
 * </ul>
 *
 * <p>Warnings:
 * <ul>
 *   <li>users.email becomes NOT NULL without a default: existing NULLs make it fail</li>
 * </ul>
 *
 * <p>PostgreSQL:
 * <pre>
 * ALTER TABLE "users" ALTER COLUMN "email" TYPE character varying(320);
 * ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;
 * </pre>
 */
@Revision(
    id = "20261126_1400_c3d9",
    parents = "20261125_1015_7b20",
    message = "email: longer, required"
)
public final class M20261126_1400_email_longer_required implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.alterColumn("users", "email", alter().type(varchar(255), varchar(320)).nullable(true, false));
  }

  @Override
  public void downgrade(Operations op) {
    op.alterColumn("users", "email", alter().type(varchar(320), varchar(255)).nullable(false, true));
  }
}
