package com.example.migrations;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.timestamp;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * drop legacy_audit
 *
 * <p>Detected:
 * <ul>
 *   <li>dropped table legacy_audit</li>
 * </ul>
 *
 * <p>Warnings:
 * <ul>
 *   <li>dropping table legacy_audit deletes all its rows; the downgrade re-creates the table but not its data</li>
 * </ul>
 *
 * <p>PostgreSQL:
 * <pre>
 * DROP TABLE "legacy_audit";
 * </pre>
 */
@Revision(
    id = "20261201_0800_0a11",
    parents = "20261126_1400_c3d9",
    message = "drop legacy_audit"
)
public final class M20261201_0800_drop_legacy_audit implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.dropTable("legacy_audit");
  }

  @Override
  public void downgrade(Operations op) {
    op.createTable("legacy_audit",
        column("id", bigint()).generatedByDefaultAsIdentity(),
        column("event", text()).notNull(),
        column("created_at", timestamp(6)),
        primaryKey("id").named("legacy_audit_pkey"));
    op.createIndex(index("ix_legacy_audit_created_at", "legacy_audit", "created_at"));
  }
}
