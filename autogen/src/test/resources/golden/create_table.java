package com.example.migrations;

import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.timestamptz;
import static dev.autogen.runtime.schema.Ddl.type;
import static dev.autogen.runtime.schema.Ddl.uuid;
import static dev.autogen.runtime.schema.Ddl.varchar;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.schema.ForeignKey;

/**
 * add research
 *
 * <p>Detected:
 * <ul>
 *   <li>added enum type research_status ('draft', 'active', 'archived')</li>
 *   <li>added table research (Research)</li>
 *   <li>added index ix_research_status on research(status) (Research)</li>
 * </ul>
 *
 * <p>PostgreSQL:
 * <pre>
 * CREATE TYPE "research_status" AS ENUM ('draft', 'active', 'archived');
 * CREATE TABLE "research" (
 *   "id" uuid NOT NULL,
 *   "title" character varying(200) NOT NULL,
 *   "status" research_status DEFAULT 'draft'::research_status NOT NULL,
 *   "owner_id" uuid,
 *   "created_at" timestamp(6) with time zone DEFAULT now() NOT NULL,
 *   "updated_at" timestamp(6) with time zone,
 *   CONSTRAINT "research_pkey" PRIMARY KEY ("id"),
 *   CONSTRAINT "fk_research_owner" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE SET NULL
 * );
 * CREATE INDEX "ix_research_status" ON "research" ("status");
 * </pre>
 */
@Revision(
    id = "20261125_1015_7b20",
    parents = "20261124_0930_4f1c",
    message = "add research"
)
public final class M20261125_1015_add_research implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createEnumType("research_status", "draft", "active", "archived");
    op.createTable("research",
        column("id", uuid()).notNull(),
        column("title", varchar(200)).notNull(),
        column("status", type("research_status")).notNull().defaultValue("'draft'::research_status"),
        column("owner_id", uuid()),
        column("created_at", timestamptz(6)).notNull().defaultValue("now()"),
        column("updated_at", timestamptz(6)),
        primaryKey("id").named("research_pkey"),
        foreignKey("owner_id", "users", "id").named("fk_research_owner").onDelete(ForeignKey.Action.SET_NULL));
    op.createIndex(index("ix_research_status", "research", "status"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropIndex("ix_research_status");
    op.dropTable("research");
    op.dropEnumType("research_status");
  }
}
