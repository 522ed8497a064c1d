package dev.autogen.entity;

import static dev.autogen.runtime.schema.Ddl.asc;
import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.bool;
import static dev.autogen.runtime.schema.Ddl.check;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.date;
import static dev.autogen.runtime.schema.Ddl.desc;
import static dev.autogen.runtime.schema.Ddl.doublePrecision;
import static dev.autogen.runtime.schema.Ddl.enumType;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.integer;
import static dev.autogen.runtime.schema.Ddl.jsonb;
import static dev.autogen.runtime.schema.Ddl.numeric;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.sequence;
import static dev.autogen.runtime.schema.Ddl.smallint;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.timestamptz;
import static dev.autogen.runtime.schema.Ddl.type;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.uuid;
import static dev.autogen.runtime.schema.Ddl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.read.ReadOptions;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Table;
import dev.autogen.shadow.ShadowServer;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The target schema read from entity classes: Hibernate's create script applied to a scratch database on
 * the test server and read back. One model per mapping feature.
 */
@PostgresTest
class EntitySchemaReaderTest {
  static final List<String> MODELS = List.of("basics", "types", "generators", "single", "joined", "perclass", "embedded", "relations", "naming");

  static EntitySchemaReader reader(TestDatabase db) {
    return reader(db, ReadOptions.defaults(), Map.of());
  }

  static EntitySchemaReader reader(TestDatabase db, ReadOptions options, Map<String, String> settings) {
    return new EntitySchemaReader(ShadowServer.atUrl(db.url(), db.user(), db.password()), options, settings);
  }

  static EntityModel read(TestDatabase db, String pkg) {
    return reader(db).read(source(pkg));
  }

  static EntitySource source(String pkg) {
    return EntitySource.scan(List.of(EntityMetadataTest.MODEL + pkg), List.of(EntityMetadataTest.TEST_CLASSES));
  }

  static Table table(Schema schema, String name) {
    return schema.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + schema.tables()));
  }

  static Table table(String name, List<dev.autogen.runtime.schema.Column> columns, dev.autogen.runtime.schema.PrimaryKey pk) {
    return new Table(name, columns, pk, List.of(), List.of(), List.of(), List.of(), null);
  }

  @Test
  void columnsConstraintsIndexesCommentsAndDefaults(TestDatabase db) {
    EntityModel model = read(db, "basics");
    assertThat(model.schema().name()).isEqualTo("public");
    assertThat(model.schema().tables()).hasSize(1);
    assertThat(table(model.schema(), "customers")).isEqualTo(new Table(
        "customers",
        List.of(
            column("id", bigint()).generatedByDefaultAsIdentity(),
            column("created_at", timestamptz(6)).notNull(),
            column("updated_at", timestamptz(6)),
            column("born", date()),
            column("city", varchar(255)),
            column("credit_limit", numeric(12, 2)),
            column("email", varchar(255)).notNull().comment("Where invoices go"),
            column("first_name", varchar(100)).notNull(),
            column("last_name", varchar(100)).notNull(),
            column("notes", text()),
            column("status", varchar(20)).notNull().defaultValue("'active'::character varying"),
            column("version", integer()).notNull(),
            column("vip", bool()).notNull(),
            column("visits", integer()).notNull().defaultValue("0")),
        primaryKey("customers_pkey", List.of("id")),
        List.of(unique("customers_email_key", List.of("email")), unique("uk_customers_name", List.of("first_name", "last_name"))),
        List.of(check("ck_customers_credit", "(credit_limit >= (0)::numeric)")),
        List.of(),
        List.of(index("ix_customers_city_born", "customers", asc("city"), desc("born")), index("ix_customers_email", "customers", "email")),
        "People who buy things"));
    assertThat(model.schema().sequences()).isEmpty();
    assertThat(model.provenance().ofColumn("customers", "created_at")).contains("Customer.createdAt");
  }

  @Test
  void enumsUuidJsonAndConverters(TestDatabase db) {
    EntityModel model = read(db, "types");
    assertThat(table(model.schema(), "tickets")).isEqualTo(new Table(
        "tickets",
        List.of(
            column("id", uuid()).notNull(),
            column("attributes", jsonb()),
            column("color", varchar(255)),
            column("openedat", timestamptz(6)),
            column("priority", varchar(255)).notNull(),
            column("reporter", uuid()),
            column("severity", smallint()),
            column("stage", type("stage")),
            column("tags", varchar(255))),
        primaryKey("tickets_pkey", List.of("id")),
        List.of(),
        List.of(
            // EnumType.STRING: a check on the names; EnumType.ORDINAL: a check on the range.
            check("tickets_priority_check",
                "((priority)::text = ANY ((ARRAY['LOW'::character varying, 'MEDIUM'::character varying, 'HIGH'::character varying])::text[]))"),
            check("tickets_severity_check", "((severity >= 0) AND (severity <= 2))")),
        List.of(),
        List.of(),
        null));
    // A PostgreSQL named enum (SqlTypes.NAMED_ENUM): Hibernate orders the labels by name.
    assertThat(model.schema().enumTypes()).containsExactly(enumType("stage", "DONE", "IN_PROGRESS", "OPEN"));
  }

  @Test
  void sequenceAndIdentityGenerators(TestDatabase db) {
    EntityModel model = read(db, "generators");
    assertThat(model.schema().sequences()).containsExactly(
        sequence("invoice_numbers").startWith(1000).incrementBy(20),
        sequence("receipt_seq").incrementBy(50));
    assertThat(table(model.schema(), "note").column("id")).contains(column("id", integer()).generatedByDefaultAsIdentity());
    assertThat(table(model.schema(), "invoice")).isEqualTo(
        table("invoice", List.of(column("id", bigint()).notNull()), primaryKey("invoice_pkey", List.of("id"))));
  }

  @Test
  void singleTableInheritance(TestDatabase db) {
    EntityModel model = read(db, "single");
    assertThat(model.schema().tables()).extracting(Table::name).containsExactly("vehicles");
    Table vehicles = table(model.schema(), "vehicles");
    assertThat(vehicles.columns()).containsExactly(
        column("kind", varchar(10)).notNull(),
        column("id", bigint()).notNull(),
        column("maker", varchar(255)),
        column("doors", integer()),
        column("payload", doublePrecision()));
    assertThat(vehicles.checkConstraints()).containsExactly(check("vehicles_kind_check",
        "((kind)::text = ANY ((ARRAY['car'::character varying, 'truck'::character varying])::text[]))"));
    assertThat(model.schema().sequences()).containsExactly(sequence("vehicles_seq").incrementBy(50));
    assertThat(model.provenance().ofColumn("vehicles", "doors")).contains("Car.doors");
  }

  @Test
  void joinedInheritance(TestDatabase db) {
    EntityModel model = read(db, "joined");
    assertThat(model.schema().tables()).extracting(Table::name).containsExactlyInAnyOrder("payments", "card_payments", "bank_transfers");
    assertThat(table(model.schema(), "card_payments")).isEqualTo(new Table(
        "card_payments",
        List.of(column("cardnumber", varchar(255)), column("payment_id", bigint()).notNull()),
        primaryKey("card_payments_pkey", List.of("payment_id")),
        List.of(),
        List.of(),
        List.of(foreignKey("fkqkuk8mgjgx4isrn2uw835epy3", List.of("payment_id"), "payments", List.of("id"))),
        List.of(),
        null));
    assertThat(table(model.schema(), "payments").columns()).containsExactly(column("id", bigint()).notNull(), column("amount", numeric(38, 2)));
    assertThat(model.provenance().ofColumn("card_payments", "payment_id")).contains("CardPayment.id");
  }

  @Test
  void tablePerClassInheritance(TestDatabase db) {
    EntityModel model = read(db, "perclass");
    // The abstract root has no table; each concrete class's table is complete.
    assertThat(model.schema().tables()).extracting(Table::name).containsExactlyInAnyOrder("cat", "dog");
    assertThat(table(model.schema(), "dog")).isEqualTo(table("dog",
        List.of(column("id", bigint()).notNull(), column("name", varchar(255)), column("goodboy", bool()).notNull()),
        primaryKey("dog_pkey", List.of("id"))));
    assertThat(model.schema().sequences()).containsExactly(sequence("animal_seq").incrementBy(50));
    assertThat(model.provenance().ofColumn("dog", "name")).contains("Dog.name");
  }

  @Test
  void embeddablesAndElementCollections(TestDatabase db) {
    EntityModel model = read(db, "embedded");
    assertThat(table(model.schema(), "person").columns()).containsExactly(
        column("id", bigint()).notNull(),
        column("city", varchar(80)),
        column("latitude", doublePrecision()),
        column("longitude", doublePrecision()),
        column("street", varchar(255)),
        column("work_city", varchar(255)),
        column("work_lat", doublePrecision()),
        column("work_lon", doublePrecision()),
        column("work_street", varchar(255)));
    // A set of basics: no primary key, a unique constraint over owner and value.
    assertThat(table(model.schema(), "person_nicknames")).isEqualTo(new Table(
        "person_nicknames",
        List.of(column("person_id", bigint()).notNull(), column("nickname", varchar(50))),
        null,
        List.of(unique("person_nicknames_person_id_nickname_key", List.of("person_id", "nickname"))),
        List.of(),
        List.of(foreignKey("fknu1v88adbbe3g0jfbu9pvao6k", List.of("person_id"), "person", List.of("id"))),
        List.of(),
        null));
    // An ordered list of embeddables: keyed by owner and position.
    Table phones = table(model.schema(), "person_phones");
    assertThat(phones.primaryKey()).isEqualTo(primaryKey("person_phones_pkey", List.of("person_id", "position")));
    assertThat(phones.columns()).containsExactly(
        column("person_id", bigint()).notNull(),
        column("kind", varchar(255)),
        column("number", varchar(30)).notNull(),
        column("position", integer()).notNull());
    assertThat(phones.checkConstraints()).containsExactly(check("person_phones_position_check", "(\"position\" >= 0)"));
    // A map: keyed by owner and map key.
    assertThat(table(model.schema(), "person_labels").primaryKey()).isEqualTo(primaryKey("person_labels_pkey", List.of("person_id", "label_key")));
    assertThat(model.provenance().ofColumn("person", "work_lat")).contains("Person.work.location.latitude");
    assertThat(model.provenance().ofColumn("person_phones", "number")).contains("Person.phones.number");
  }

  @Test
  void joinTablesAndForeignKeys(TestDatabase db) {
    EntityModel model = read(db, "relations");
    assertThat(table(model.schema(), "enrollments")).isEqualTo(new Table(
        "enrollments",
        List.of(column("student_id", bigint()).notNull(), column("course_id", varchar(255)).notNull()),
        primaryKey("enrollments_pkey", List.of("student_id", "course_id")),
        List.of(),
        List.of(),
        List.of(
            foreignKey("fk8kf1u1857xgo56xbfmnif2c51", List.of("student_id"), "students", List.of("id")),
            foreignKey("fkho8mcicp4196ebpltdn9wl6co", List.of("course_id"), "courses", List.of("code"))),
        List.of(),
        null));
    assertThat(table(model.schema(), "students").foreignKeys()).containsExactly(
        foreignKey("fkdojmg8v3rw2ow4dev2b8q5oqq", List.of("school_id"), "schools", List.of("id")).onDelete(ForeignKey.Action.CASCADE),
        foreignKey("fkholye04nppom2brit3sq881cf", List.of("mentor_id"), "students", List.of("id")));
    assertThat(table(model.schema(), "buildings").foreignKeys()).containsExactly(
        foreignKey("fkfcg3t8m2oj0neyhjwhklipo2r", List.of("school_ref"), "schools", List.of("id")));
    assertThat(model.provenance().ofTable("enrollments")).contains("Student.courses");
  }

  @Test
  void namingStrategies(TestDatabase db) {
    Map<String, String> settings = Map.of(
        "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
        "hibernate.implicit_naming_strategy", "component-path");
    EntityModel model = reader(db, ReadOptions.defaults(), settings).read(source("naming"));
    assertThat(model.schema().tables()).extracting(Table::name).containsExactlyInAnyOrder("order_line", "purchase_order");
    assertThat(table(model.schema(), "order_line").columns()).extracting(c -> c.name()).containsExactly(
        "id", "product_code", "quantity_ordered", "shipping_address_post_code", "shipping_address_street_name", "purchase_order_order_number");
    assertThat(model.provenance().ofColumn("order_line", "shipping_address_street_name")).contains("OrderLine.shippingAddress.streetName");
  }

  @Test
  void tablesLandInTheSchemaTheLiveSideIsReadFrom(TestDatabase db) {
    EntityModel model = reader(db, ReadOptions.forSchema("portal"), Map.of()).read(source("relations"));
    assertThat(model.schema().name()).isEqualTo("portal");
    assertThat(model.schema().tables()).extracting(Table::name).containsExactlyInAnyOrder("buildings", "courses", "enrollments", "schools", "students");
    // The table filters apply as on the live side.
    EntityModel filtered = reader(db, ReadOptions.defaults().excluding("s*"), Map.of()).read(source("relations"));
    assertThat(filtered.schema().tables()).extracting(Table::name).containsExactlyInAnyOrder("buildings", "courses", "enrollments");
  }

  @Test
  void everyModelsScriptRunsTogether(TestDatabase db) throws SQLException {
    try (Connection c = db.connection()) {
      for (String pkg : MODELS) {
        try (EntityMetadata m = EntityMetadataTest.boot(pkg)) {
          EntitySchemaReader.apply(m.createScript(), c);
        }
      }
    }
    assertThat(db.snapshot().lines()).contains(
        "table customers comment='People who buy things'",
        "column tickets.stage stage",
        "column note.id integer not null identity=by default",
        "enum stage 'DONE','IN_PROGRESS','OPEN'");
  }

  @Test
  void scratchDatabaseIsDroppedAfterReading(TestDatabase db) throws SQLException {
    EntitySchemaReader reader = reader(db);
    String[] name = new String[1];
    try (EntityMetadata m = reader.boot(source("embedded"))) {
      SchemaSnapshot scratch = reader.onScratchDatabase(m.createScript(), m.provenance(), m.classNames(), c -> {
        name[0] = c.getCatalog();
        return SchemaSnapshot.of(c, "public");
      });
      assertThat(scratch.lines()).contains("column person.work_lat double precision");
    }
    try (Connection c = db.connection(); var s = c.createStatement();
        var rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name[0] + "'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void ddlPostgresRejectsNamesTheEntityAndAppliesNothing(TestDatabase db) throws SQLException {
    assertThatThrownBy(() -> read(db, "broken.badcheck"))
        .isInstanceOf(EntityModelException.class)
        .hasMessage("mapping error in " + EntityMetadataTest.MODEL + "broken.badcheck.Gadget: PostgreSQL rejects Hibernate's DDL "
            + "\"create table Gadget (id bigint not null, weight float(53), primary key (id), check (weight_kg > 0))\": "
            + "column \"weight_kg\" does not exist; fix the mapping");
    try (EntityMetadata m = EntityMetadataTest.boot("broken.badcheck"); Connection c = db.connection()) {
      List<String> script = List.of("create table first_one (id int)", m.createScript().get(0));
      assertThatThrownBy(() -> EntitySchemaReader.apply(script, c)).isInstanceOf(EntityModelException.class);
    }
    assertThat(db.snapshot().isEmpty()).isTrue();
  }

  @Test
  void mappingErrorsComeBeforeAnyDatabaseWork() {
    EntitySchemaReader reader = new EntitySchemaReader(ShadowServer.atUrl("jdbc:postgresql://127.0.0.1:1/none", null, null));
    assertThatThrownBy(() -> reader.read(source("broken.noid")))
        .isInstanceOf(EntityModelException.class)
        .hasMessageStartingWith("mapping error in " + EntityMetadataTest.MODEL + "broken.noid.Orphan: ");
  }
}
