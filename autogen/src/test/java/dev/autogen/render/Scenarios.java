package dev.autogen.render;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.check;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.integer;
import static dev.autogen.runtime.schema.Ddl.numeric;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.sequence;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.timestamp;
import static dev.autogen.runtime.schema.Ddl.timestamptz;
import static dev.autogen.runtime.schema.Ddl.type;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.uuid;
import static dev.autogen.runtime.schema.Ddl.varchar;

import dev.autogen.model.Provenance;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.ColumnChanges;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Table;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The migrations kept as golden files: each a request to render, and the ops that bring an empty database to
 * the state the migration starts from.
 */
final class Scenarios {
  private Scenarios() {}

  static final String PACKAGE = "com.example.migrations";

  /** A golden scenario; {@code reversible} when its downgrade brings the schema back exactly. */
  record Scenario(String name, List<Op> setup, RenderRequest request, boolean reversible) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Scenario> all() {
    return List.of(addColumn(), createTable(), alterColumn(), dropTable(), schemaOps(), irreversible(), merge());
  }

  static Scenario addColumn() {
    List<Op> setup = List.of(new Op.CreateTable(null, Table.of("team_members", List.of(
        column("id", uuid()).notNull(), primaryKey("id").named("team_members_pkey")))));
    List<Op> ops = List.of(new Op.AddColumn(null, "team_members", column("linkedin_url", varchar(255))));
    Provenance provenance = new Provenance(
        Map.of("team_members", "TeamMember"),
        Map.of("team_members.id", "TeamMember.id", "team_members.linkedin_url", "TeamMember.linkedinUrl"));
    return new Scenario("add_column", setup,
        request("20261124_0930_4f1c", List.of("20261120_1412_a9e2"), "add linkedin_url", at(2026, 11, 24, 9, 30), ops,
            provenance, List.of()),
        true);
  }

  static Scenario createTable() {
    List<Op> setup = List.of(new Op.CreateTable(null, Table.of("users", List.of(
        column("id", uuid()).notNull(), primaryKey("id").named("users_pkey")))));
    Table research = Table.of("research", List.of(
        column("id", uuid()).notNull(),
        column("title", varchar(200)).notNull(),
        column("status", type("research_status")).notNull().defaultValue("'draft'::research_status"),
        column("owner_id", uuid()),
        column("created_at", timestamptz(6)).notNull().defaultValue("now()"),
        column("updated_at", timestamptz(6)),
        primaryKey("id").named("research_pkey"),
        foreignKey("owner_id", "users", "id").named("fk_research_owner").onDelete(ForeignKey.Action.SET_NULL)));
    List<Op> ops = List.of(
        new Op.CreateEnumType(null, new EnumType("research_status", List.of("draft", "active", "archived"))),
        new Op.CreateTable(null, research),
        new Op.CreateIndex(null, index("ix_research_status", "research", "status"), false));
    Provenance provenance = new Provenance(
        Map.of("research", "Research", "users", "User"),
        Map.of("research.id", "Research.id", "research.title", "Research.title", "research.status", "Research.status",
            "research.owner_id", "Research.owner", "research.created_at", "Research.createdAt",
            "research.updated_at", "Research.updatedAt"));
    return new Scenario("create_table", setup,
        request("20261125_1015_7b20", List.of("20261124_0930_4f1c"), "add research", at(2026, 11, 25, 10, 15), ops,
            provenance, List.of()),
        true);
  }

  static Scenario alterColumn() {
    List<Op> setup = List.of(new Op.CreateTable(null, Table.of("users", List.of(
        column("id", uuid()).notNull(), column("email", varchar(255)), primaryKey("id").named("users_pkey")))));
    List<Op> ops = List.of(ColumnChanges.alter()
        .type(varchar(255), varchar(320))
        .nullable(true, false)
        .toOp(null, "users", "email"));
    Provenance provenance = new Provenance(Map.of("users", "User"), Map.of("users.email", "User.email"));
    return new Scenario("alter_column", setup,
        request("20261126_1400_c3d9", List.of("20261125_1015_7b20"), "email: longer, required", at(2026, 11, 26, 14, 0),
            ops, provenance, List.of("users.email becomes NOT NULL without a default: existing NULLs make it fail")),
        true);
  }

  static Scenario dropTable() {
    Table legacy = Table.of("legacy_audit", List.of(
        column("id", bigint()).generatedByDefaultAsIdentity(),
        column("event", text()).notNull(),
        column("created_at", timestamp(6)),
        primaryKey("id").named("legacy_audit_pkey")))
        .withIndexes(List.of(index("ix_legacy_audit_created_at", "legacy_audit", "created_at")));
    List<Op> setup = List.of(new Op.CreateTable(null, legacy));
    List<Op> ops = List.of(new Op.DropTable(null, "legacy_audit", legacy));
    return new Scenario("drop_table", setup,
        request("20261201_0800_0a11", List.of("20261126_1400_c3d9"), "drop legacy_audit", at(2026, 12, 1, 8, 0), ops,
            Provenance.none(), List.of()),
        true);
  }

  static Scenario schemaOps() {
    List<Op> setup = List.of(
        new Op.Execute("CREATE SCHEMA app", List.of(), "DROP SCHEMA app"),
        new Op.CreateTable("app", Table.of("customers", List.of(
            column("id", uuid()).notNull(), column("name", text()).notNull(), primaryKey("id").named("customers_pkey")))));
    Table invoices = Table.of("invoices", List.of(
        column("id", bigint()).generatedAlwaysAsIdentity(),
        column("number", bigint()).notNull().defaultValue("nextval('app.invoice_number_seq'::regclass)"),
        column("customer_id", uuid()).notNull(),
        column("amount", numeric(12, 2)).notNull().defaultValue("0"),
        primaryKey("id").named("invoices_pkey"),
        unique("number").named("uq_invoices_number"),
        check("ck_invoices_amount", "amount >= (0)::numeric"),
        foreignKey("customer_id", "customers", "id").named("fk_invoices_customer")));
    List<Op> ops = List.of(
        new Op.CreateSequence("app", sequence("invoice_number_seq").startWith(1000)),
        new Op.CreateTable("app", invoices),
        new Op.CreateIndex("app", index("ix_invoices_customer_id", "invoices", "customer_id"), false),
        new Op.SetTableComment("app", "invoices", Change.of(null, "Invoices sent to customers")),
        new Op.AddColumn("app", "customers", column("email", varchar(320))),
        new Op.RenameColumn("app", "customers", "name", "full_name"));
    Provenance provenance = new Provenance(
        Map.of("invoices", "Invoice", "customers", "Customer"),
        Map.of("invoices.amount", "Invoice.amount", "customers.email", "Customer.email",
            "customers.full_name", "Customer.fullName"));
    return new Scenario("schema_ops", setup,
        request("20261202_1630_5e6f", List.of("20261201_0800_0a11"), "invoices in the app schema",
            at(2026, 12, 2, 16, 30), ops, provenance, List.of()),
        true);
  }

  static Scenario irreversible() {
    List<Op> setup = List.of(
        new Op.CreateEnumType(null, new EnumType("account_kind", List.of("personal"))),
        new Op.CreateTable(null, Table.of("accounts", List.of(
            column("id", integer()).notNull(), column("balance", numeric(12, 2)), primaryKey("id").named("accounts_pkey")))),
        new Op.AddCheckConstraint(null, "accounts", check("ck_accounts_balance", "balance >= (0)::numeric"), true));
    List<Op> ops = List.of(
        new Op.AddEnumValue(null, "account_kind", "business", null, "personal"),
        new Op.ValidateConstraint(null, "accounts", "ck_accounts_balance"));
    return new Scenario("irreversible", setup,
        request("20261203_0900_9c2b", List.of("20261202_1630_5e6f"), "business accounts", at(2026, 12, 3, 9, 0), ops,
            Provenance.none(), List.of()),
        false);
  }

  static Scenario merge() {
    return new Scenario("merge", List.of(),
        new RenderRequest(PACKAGE, "20261204_1100_d00d", List.of("20261203_0900_9c2b", "20261203_0915_e1f0"),
            List.of(), "merge heads", at(2026, 12, 4, 11, 0), List.of(), Provenance.none(), List.of(),
            Dialects.named("postgresql")),
        true);
  }

  private static RenderRequest request(String id, List<String> parents, String message, LocalDateTime at, List<Op> ops,
      Provenance provenance, List<String> warnings) {
    return new RenderRequest(PACKAGE, id, parents, List.of(), message, at, ops, provenance, warnings,
        Dialects.named("postgresql"));
  }

  private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute);
  }
}
