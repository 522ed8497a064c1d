package com.example.migrations;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.check;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.numeric;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.sequence;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.uuid;
import static dev.autogen.runtime.schema.Ddl.varchar;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * invoices in the app schema
 *
 * <p>Detected:
 * <ul>
 *   <li>added sequence app.invoice_number_seq</li>
 *   <li>added table app.invoices (Invoice)</li>
 *   <li>added index ix_invoices_customer_id on app.invoices(customer_id) (Invoice)</li>
 *   <li>set comment of table app.invoices (Invoice)</li>
 *   <li>added column app.customers.email (Customer.email)</li>
 *   <li>renamed column app.customers.name to full_name (Customer.fullName)</li>
 * </ul>
 *
 * <p>PostgreSQL:
 * <pre>
 * CREATE SEQUENCE "app"."invoice_number_seq" START WITH 1000;
 * CREATE TABLE "app"."invoices" (
 *   "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
 *   "number" bigint DEFAULT nextval('app.invoice_number_seq'::regclass) NOT NULL,
 *   "customer_id" uuid NOT NULL,
 *   "amount" numeric(12,2) DEFAULT 0 NOT NULL,
 *   CONSTRAINT "invoices_pkey" PRIMARY KEY ("id"),
 *   CONSTRAINT "uq_invoices_number" UNIQUE ("number"),
 *   CONSTRAINT "ck_invoices_amount" CHECK (amount &gt;= (0)::numeric),
 *   CONSTRAINT "fk_invoices_customer" FOREIGN KEY ("customer_id") REFERENCES "app"."customers" ("id")
 * );
 * CREATE INDEX "ix_invoices_customer_id" ON "app"."invoices" ("customer_id");
 * COMMENT ON TABLE "app"."invoices" IS 'Invoices sent to customers';
 * ALTER TABLE "app"."customers" ADD COLUMN "email" character varying(320);
 * ALTER TABLE "app"."customers" RENAME COLUMN "name" TO "full_name";
 * </pre>
 */
@Revision(
    id = "20261202_1630_5e6f",
    parents = "20261201_0800_0a11",
    message = "invoices in the app schema"
)
public final class M20261202_1630_invoices_in_the_app_schema implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.inSchema("app").createSequence(sequence("invoice_number_seq").startWith(1000));
    op.inSchema("app").createTable("invoices",
        column("id", bigint()).generatedAlwaysAsIdentity(),
        column("number", bigint()).notNull().defaultValue("nextval('app.invoice_number_seq'::regclass)"),
        column("customer_id", uuid()).notNull(),
        column("amount", numeric(12, 2)).notNull().defaultValue("0"),
        primaryKey("id").named("invoices_pkey"),
        unique("number").named("uq_invoices_number"),
        check("ck_invoices_amount", "amount >= (0)::numeric"),
        foreignKey("customer_id", "customers", "id").named("fk_invoices_customer"));
    op.inSchema("app").createIndex(index("ix_invoices_customer_id", "invoices", "customer_id"));
    op.inSchema("app").setTableComment("invoices", null, "Invoices sent to customers");
    op.inSchema("app").addColumn("customers", column("email", varchar(320)));
    op.inSchema("app").renameColumn("customers", "name", "full_name");
  }

  @Override
  public void downgrade(Operations op) {
    op.inSchema("app").renameColumn("customers", "full_name", "name");
    op.inSchema("app").dropColumn("customers", "email");
    op.inSchema("app").setTableComment("invoices", "Invoices sent to customers", null);
    op.inSchema("app").dropIndex("ix_invoices_customer_id");
    op.inSchema("app").dropTable("invoices");
    op.inSchema("app").dropSequence("invoice_number_seq");
  }
}
