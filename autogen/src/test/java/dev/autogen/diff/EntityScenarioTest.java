package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.entity.EntityMetadata;
import dev.autogen.entity.EntitySchemaReader;
import dev.autogen.entity.EntitySource;
import dev.autogen.read.DatabaseSchemaReader;
import dev.autogen.read.ReadOptions;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.internal.JdbcStatementSink;
import dev.autogen.runtime.internal.SqlOperations;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.IrreversibleOperationException;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import dev.autogen.shadow.ShadowServer;
import dev.autogen.testing.PostgresServer;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips from entity classes on real PostgreSQL, one per scenario of (starting DDL, entity classes):
 * the start DDL in a fresh database; the target read from the entities by {@link EntitySchemaReader}
 * (Hibernate's create script on a scratch database of the same server); the diff must be exactly the
 * expected ops; applied to the start database, the schema must read back equal to the target (nothing left
 * to diff, and the same catalog snapshot as Hibernate's own schema), and the downgrade must give the start
 * snapshot back.
 *
 * <p>Each scenario's entities are the classes of one package under {@code dev.autogen.scenarios}, so
 * Hibernate boots only those. The "nothing to do" scenarios start from exactly what Hibernate creates for
 * their entities (its create script) and must find no ops at all: one per feature family.
 *
 * <p>Expected ops are written one line each, as {@link #describe(Op)} prints them: the op's kind, then its
 * table, column or constraint, then what defines it (types as PostgreSQL prints them).
 */
@PostgresTest
class EntityScenarioTest {
  private static final String PACKAGES = "dev.autogen.scenarios";

  private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);";
  private static final String TEAMS = "CREATE TABLE teams (id bigint PRIMARY KEY, name varchar(255) NOT NULL);";
  private static final String MEMBERS = "CREATE TABLE members (id bigint PRIMARY KEY, team_id bigint);";

  private static final ReadOptions PUBLIC = ReadOptions.forSchema("public");
  private static final SchemaDiffer DIFFER = new SchemaDiffer();
  private static final Dialect DIALECT = Dialects.named("postgresql");

  /** Scratch databases for the entity side come from the test server itself, shared by all scenarios. */
  private static ShadowServer shadow;
  private static EntitySchemaReader entityReader;
  private static Map<String, List<Class<?>>> entityClasses;

  /**
   * A scenario: its start DDL (null: Hibernate's own script for the entities), the package of its entities
   * (several, comma-separated), the expected ops; whether the migrated schema must equal Hibernate's in the
   * catalog, and whether the downgrade must refuse (an op PostgreSQL cannot undo).
   */
  record EntityScenario(
      String name, String startDdl, String entityPackage, List<String> ops, boolean sameSnapshot, boolean refusesDowngrade) {
    @Override
    public String toString() {
      return name;
    }

    /**
     * The catalog spells something otherwise after the migration (a default, a check PostgreSQL prints
     * differently once run again): the upgraded and the downgraded schema are read back and must not differ
     * from the target and the start, instead of having to equal their catalog snapshots line for line.
     */
    EntityScenario equivalent() {
      return new EntityScenario(name, startDdl, entityPackage, ops, false, refusesDowngrade);
    }

    /** The upgrade cannot be undone: the downgrade must say so instead of running. */
    EntityScenario irreversible() {
      return new EntityScenario(name, startDdl, entityPackage, ops, sameSnapshot, true);
    }
  }

  private static EntityScenario scenario(String name, String startDdl, String entityPackage, String... ops) {
    return new EntityScenario(name, startDdl, entityPackage, List.of(ops), true, false);
  }

  /** Starts from exactly the schema Hibernate creates for the entities of the packages: nothing must differ. */
  private static EntityScenario nothingToDo(String name, String... entityPackages) {
    return new EntityScenario(name, null, String.join(",", entityPackages), List.of(), true, false);
  }

  static Stream<EntityScenario> scenarios() {
    return Stream.of(
        // ---- tables
        scenario("add table", USERS, "table.added",
            "CreateTable notes (id bigint NOT NULL, body character varying(255), PRIMARY KEY notes_pkey (id))"),
        scenario("drop table", USERS + "CREATE TABLE notes (id bigint PRIMARY KEY, body text);", "table.dropped",
            "DropTable notes"),
        scenario("drop a table other tables' foreign keys point at",
            TEAMS + "CREATE TABLE members (id bigint PRIMARY KEY, team_id bigint CONSTRAINT fk_members_team REFERENCES teams);",
            "table.droppedreferenced",
            "DropConstraint members fk_members_team",
            "DropTable teams"),

        // ---- columns
        scenario("add nullable column", members(""), "column.nullable",
            "AddColumn team_members.linkedin_url character varying(255)"),
        scenario("add NOT NULL column", members(""), "column.notnull",
            "AddColumn team_members.role character varying(255) NOT NULL"),
        scenario("add NOT NULL column with a default", members(""), "column.notnulldefault",
            "AddColumn team_members.role character varying(20) NOT NULL DEFAULT 'member'::character varying"),
        scenario("drop column", members(", age integer"), "column.dropped",
            "DropColumn team_members.age"),
        scenario("drop a column with its index and foreign key",
            TEAMS + "CREATE TABLE members (id bigint PRIMARY KEY, team_id bigint CONSTRAINT fk_members_team REFERENCES teams);"
                + "CREATE INDEX ix_members_team ON members (team_id);",
            "column.droppedindexed",
            "DropConstraint members fk_members_team",
            "DropIndex ix_members_team",
            "DropColumn members.team_id"),
        scenario("varchar longer", users("name varchar(50)"), "column.longer",
            "AlterColumn users.name type character varying(50) -> character varying(100)"),
        scenario("varchar shorter", users("name varchar(100)"), "column.shorter",
            "AlterColumn users.name type character varying(100) -> character varying(50)"),
        scenario("numeric precision and scale", users("price numeric(10,2)"), "column.numeric",
            "AlterColumn users.price type numeric(10,2) -> numeric(12,4)"),
        scenario("integer to bigint", users("score integer"), "column.bigint",
            "AlterColumn users.score type integer -> bigint"),
        scenario("LocalDateTime to Instant and OffsetDateTime: timestamp to timestamptz",
            users("seen_at timestamp(6), updated_at timestamp(6)"), "column.timestamptz",
            "AlterColumn users.seen_at type timestamp(6) without time zone -> timestamp(6) with time zone",
            "AlterColumn users.updated_at type timestamp(6) without time zone -> timestamp(6) with time zone"),
        scenario("text to varchar", users("bio text"), "column.texttovarchar",
            "AlterColumn users.bio type text -> character varying(500)"),
        scenario("varchar to text", users("bio varchar(500)"), "column.varchartotext",
            "AlterColumn users.bio type character varying(500) -> text"),
        scenario("nullable to NOT NULL", users("nickname varchar(255)"), "column.setnotnull",
            "AlterColumn users.nickname nullable true -> false"),
        scenario("NOT NULL to nullable", users("nickname varchar(255) NOT NULL"), "column.dropnotnull",
            "AlterColumn users.nickname nullable false -> true"),
        scenario("server default added", users("status varchar(20)"), "column.defaultadded",
            "AlterColumn users.status default null -> 'new'::character varying"),
        scenario("server default changed", users("status varchar(20) DEFAULT 'new'"), "column.defaultchanged",
            "AlterColumn users.status default 'new'::character varying -> 'open'::character varying"),
        scenario("server default dropped", users("status varchar(20) DEFAULT 'new'"), "column.defaultdropped",
            "AlterColumn users.status default 'new'::character varying -> null"),
        scenario("type and server default changed together", users("status varchar(20) DEFAULT 'new'"), "column.typeanddefault",
            "AlterColumn users.status type character varying(20) -> character varying(40),"
                + " default 'new'::character varying -> 'open'::character varying"),
        scenario("NOT NULL and a server default together", users("role varchar(20)"), "column.notnullanddefault",
            "AlterColumn users.role nullable true -> false, default null -> 'member'::character varying"),
        scenario("server defaults spelled otherwise",
            users("created_at timestamptz(6) DEFAULT now(), visits int4 DEFAULT '0', status varchar(20) DEFAULT 'new'::text"),
            "column.defaultequivalent").equivalent(),
        scenario("identity added", "CREATE TABLE counters (id integer PRIMARY KEY, n integer);", "column.identity",
            "AlterColumn counters.id identity null -> BY_DEFAULT"),
        scenario("identity column from integer to bigint",
            "CREATE TABLE counters (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n integer);", "identity.bigint",
            "AlterColumn counters.id type integer -> bigint"),
        scenario("identity dropped",
            "CREATE TABLE counters (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n integer);", "identity.dropped",
            "AlterColumn counters.id identity BY_DEFAULT -> null"),
        scenario("primary key columns changed", "CREATE TABLE memberships (user_id bigint PRIMARY KEY, team_id bigint);",
            "column.primarykey",
            "DropConstraint memberships memberships_pkey",
            "AlterColumn memberships.team_id nullable true -> false",
            "AddPrimaryKey memberships memberships_pkey (team_id, user_id)"),

        // ---- unique constraints and indexes
        scenario("unique constraint added", USERS, "unique.added",
            "AddUniqueConstraint users users_email_key (email)"),
        scenario("unique constraint dropped", users("UNIQUE (email)"), "unique.dropped",
            "DropConstraint users users_email_key"),
        scenario("unique constraint columns changed", users("handle varchar(255), CONSTRAINT uk_users_email UNIQUE (email)"),
            "unique.changed",
            "DropConstraint users uk_users_email",
            "AddUniqueConstraint users uk_users_email (email, handle)"),
        scenario("index added", USERS, "index.added",
            "CreateIndex ix_users_email ON users (email)"),
        scenario("index dropped", USERS + "CREATE INDEX ix_users_email ON users (email);", "index.dropped",
            "DropIndex ix_users_email"),
        // Hibernate writes @Index(unique = true) as a unique constraint, not a unique index.
        scenario("index made unique", USERS + "CREATE INDEX ix_users_email ON users (email);", "index.unique",
            "DropIndex ix_users_email",
            "AddUniqueConstraint users ix_users_email (email)"),
        scenario("index column order", users("name varchar(255)") + "CREATE INDEX ix_users_name_email ON users (email, name);",
            "index.order",
            "DropIndex ix_users_name_email",
            "CreateIndex ix_users_name_email ON users (name, email)"),
        scenario("index made partial with @Index(options)", USERS + "CREATE INDEX ix_users_email ON users (email);",
            "index.partial",
            "DropIndex ix_users_email",
            "CreateIndex ix_users_email ON users (email) WHERE ((email)::text <> ''::text)"),
        // The predicate, run again, is printed otherwise (as the string enum's check below): equivalent.
        scenario("partial index with an IN list added", users("status varchar(20)"), "index.partialinlist",
            "CreateIndex ix_users_open_email ON users (email) WHERE ((status)::text = ANY ((ARRAY['new'::character varying,"
                + " 'open'::character varying])::text[]))").equivalent(),
        // Hibernate cannot express an index on an expression (it quotes "lower(email)" as a column name):
        // the entities never have one, so one made by hand is dropped.
        scenario("expression index the entities cannot express",
            USERS + "CREATE INDEX ix_users_lower_email ON users (lower((email)::text));", "index.expression",
            "DropIndex ix_users_lower_email"),

        // ---- foreign keys
        scenario("foreign key added", TEAMS + MEMBERS, "fk.added",
            "AddForeignKey members fkf4xefr0g300jkn6um58gf0l6i (team_id) -> teams (id)"),
        scenario("a new table, and a reference to it from an existing one", USERS, "fk.newtable",
            "CreateTable teams (id bigint NOT NULL, name character varying(255) NOT NULL, PRIMARY KEY teams_pkey (id))",
            "AddColumn users.team_id bigint",
            "AddForeignKey users fkfjws1rdruab2bqg7qipoqf65r (team_id) -> teams (id)"),
        scenario("foreign key dropped",
            TEAMS + "CREATE TABLE members (id bigint PRIMARY KEY, team_id bigint CONSTRAINT fk_members_team REFERENCES teams);",
            "fk.dropped",
            "DropConstraint members fk_members_team"),
        scenario("foreign key ON DELETE changed with @OnDelete",
            TEAMS + "CREATE TABLE members (id bigint PRIMARY KEY, team_id bigint CONSTRAINT fk_members_team REFERENCES teams);",
            "fk.ondelete",
            "DropConstraint members fk_members_team",
            "AddForeignKey members fk_members_team (team_id) -> teams (id) ON DELETE CASCADE"),
        scenario("one-to-one added: a column, unique, with a foreign key", USERS + "CREATE TABLE profiles (id bigint PRIMARY KEY);",
            "onetoone",
            "AddColumn profiles.user_id bigint",
            "AddUniqueConstraint profiles profiles_user_id_key (user_id)",
            "AddForeignKey profiles fk_profiles_user (user_id) -> users (id)"),
        scenario("two-column foreign key",
            "CREATE TABLE orders (number integer, region varchar(10), PRIMARY KEY (number, region));"
                + "CREATE TABLE order_lines (id bigint PRIMARY KEY, order_number integer, order_region varchar(10));",
            "fk.composite",
            "AddForeignKey order_lines fk_order_lines_order (order_number, order_region) -> orders (number, region)"),
        scenario("two-column foreign key to an @EmbeddedId", "", "fk.embeddedid",
            "CreateTable parcels (id bigint NOT NULL, shipment_carrier character varying(20) NOT NULL,"
                + " shipment_code character varying(40) NOT NULL, PRIMARY KEY parcels_pkey (id))",
            "CreateTable shipments (carrier character varying(20) NOT NULL, code character varying(40) NOT NULL, shipped date,"
                + " PRIMARY KEY shipments_pkey (carrier, code))",
            "AddForeignKey parcels fk_parcels_shipment (shipment_carrier, shipment_code) -> shipments (carrier, code)"),
        scenario("self-referencing foreign key", "", "fk.self",
            "CreateTable nodes (id bigint NOT NULL, parent_id bigint, PRIMARY KEY nodes_pkey (id))",
            "AddForeignKey nodes fkml83dqkjygb0d97yn62yn1so8 (parent_id) -> nodes (id)"),
        scenario("two tables whose foreign keys point at each other", "", "fk.cycle",
            "CreateTable authors (id bigint NOT NULL, favourite_book_id bigint, PRIMARY KEY authors_pkey (id))",
            "CreateTable books (id bigint NOT NULL, author_id bigint, PRIMARY KEY books_pkey (id))",
            "AddForeignKey authors fk_authors_favourite_book (favourite_book_id) -> books (id)",
            "AddForeignKey books fk_books_author (author_id) -> authors (id)"),
        scenario("many-to-many join table", USERS + TEAMS, "manytomany",
            "CreateTable team_members (user_id bigint NOT NULL, team_id bigint NOT NULL,"
                + " PRIMARY KEY team_members_pkey (user_id, team_id))",
            "AddForeignKey team_members fkee8x7x5026imwmma9kndkxs36 (user_id) -> users (id)",
            "AddForeignKey team_members fktgca08el3ofisywcf11f0f76t (team_id) -> teams (id)"),

        // ---- checks and enums
        scenario("check added with @Check", users("age integer"), "check.added",
            "AddCheckConstraint users ck_users_age CHECK (age >= 0)"),
        scenario("column check added with @Check, named by the database", users("age integer"), "check.column",
            "AddCheckConstraint users users_age_check CHECK (age >= 0)"),
        scenario("check dropped", users("age integer CONSTRAINT ck_users_age CHECK (age >= 0)"), "check.dropped",
            "DropConstraint users ck_users_age"),
        scenario("check changed", users("age integer CONSTRAINT ck_users_age CHECK (age >= 0)"), "check.changed",
            "DropConstraint users ck_users_age",
            "AddCheckConstraint users ck_users_age CHECK (age >= 18)"),
        // The migration adds the check as PostgreSQL printed it, which PostgreSQL then prints otherwise
        // (ARRAY[('a'::character varying)::text, ...] for (ARRAY['a'::character varying, ...])::text[]): the
        // same check, so equivalent rather than equal in the catalog.
        scenario("string enum value added: its check changes",
            "CREATE TABLE research (id bigint PRIMARY KEY,"
                + " status varchar(20) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')));",
            "enums.check",
            "DropConstraint research research_status_check",
            "AddCheckConstraint research research_status_check CHECK ((status)::text = ANY ((ARRAY['DRAFT'::character varying,"
                + " 'REVIEW'::character varying, 'PUBLISHED'::character varying])::text[]))").equivalent(),
        // Hibernate names the type after the enum class and orders its labels by name. The downgrade cannot
        // remove a label: it is irreversible, and says so.
        scenario("named enum value added",
            "CREATE TYPE stage AS ENUM ('DONE', 'OPEN');"
                + "CREATE CAST (varchar AS stage) WITH INOUT AS IMPLICIT; CREATE CAST (stage AS varchar) WITH INOUT AS IMPLICIT;"
                + "CREATE TABLE tasks (id bigint PRIMARY KEY, stage stage);",
            "enums.named",
            "AddEnumValue stage 'IN_PROGRESS' AFTER 'DONE'").irreversible(),
        scenario("named enum type added with its column", "CREATE TABLE tasks (id bigint PRIMARY KEY);", "enums.namedadded",
            "CreateEnumType stage ('DONE', 'IN_PROGRESS', 'OPEN')",
            "AddColumn tasks.stage stage"),
        scenario("ordinal enum value added: its range check changes",
            "CREATE TABLE tickets (id bigint PRIMARY KEY, severity smallint CHECK (severity BETWEEN 0 AND 2));", "enums.ordinal",
            "DropConstraint tickets tickets_severity_check",
            "AddCheckConstraint tickets tickets_severity_check CHECK ((severity >= 0) AND (severity <= 3))"),

        // ---- sequences, comments, names
        scenario("sequence added with @SequenceGenerator", "CREATE TABLE invoices (id bigint PRIMARY KEY);", "sequence.added",
            "CreateSequence invoice_numbers START 1000 INCREMENT 20"),
        scenario("sequence dropped",
            "CREATE SEQUENCE invoice_numbers START 1000 INCREMENT 20; CREATE TABLE invoices (id bigint PRIMARY KEY);",
            "sequence.dropped",
            "DropSequence invoice_numbers"),
        scenario("sequence allocation size changed",
            "CREATE SEQUENCE invoice_numbers START 1000 INCREMENT 20; CREATE TABLE invoices (id bigint PRIMARY KEY);",
            "sequence.changed",
            "AlterSequence invoice_numbers START 1000 INCREMENT 20 -> invoice_numbers START 1000 INCREMENT 50"),
        scenario("comments added with @Comment", USERS, "comments.added",
            "AlterColumn users.email comment null -> 'login, unique'",
            "SetTableComment users null -> 'people who sign in'"),
        scenario("comments changed and removed",
            USERS + "COMMENT ON TABLE users IS 'people'; COMMENT ON COLUMN users.email IS 'login';", "comments.changed",
            "AlterColumn users.email comment 'login' -> null",
            "SetTableComment users 'people' -> 'people who sign in'"),
        scenario("a table named user", "", "usertable.created",
            "CreateTable user (id bigint NOT NULL, order integer, PRIMARY KEY user_pkey (id))"),
        scenario("a column added to the table named user", "CREATE TABLE \"user\" (id bigint PRIMARY KEY);", "usertable.column",
            "AddColumn user.select character varying(255) NOT NULL DEFAULT 'x'::character varying"),
        scenario("a column added to a table with a quoted mixed-case name", "CREATE TABLE \"TeamMembers\" (id bigint PRIMARY KEY);",
            "mixedcase",
            "AddColumn TeamMembers.LinkedIn character varying(255)"),

        // ---- inheritance, embeddables, collections, types
        scenario("single table: a subclass adds a column and a discriminator value",
            "CREATE TABLE vehicles (kind varchar(10) NOT NULL CHECK (kind IN ('car')), id bigint PRIMARY KEY,"
                + " maker varchar(255), doors integer);",
            "inheritance.single",
            "DropConstraint vehicles vehicles_kind_check",
            "AddColumn vehicles.payload double precision",
            "AddCheckConstraint vehicles vehicles_kind_check"
                + " CHECK ((kind)::text = ANY ((ARRAY['car'::character varying, 'truck'::character varying])::text[]))")
            .equivalent(), // the discriminator's check is re-spelled as the string enum's above
        scenario("joined: a subclass adds a table keyed by the parent's",
            "CREATE TABLE payments (id bigint PRIMARY KEY, amount numeric(12,2) NOT NULL);"
                + "CREATE TABLE card_payments (card_number varchar(19), id bigint PRIMARY KEY"
                + " CONSTRAINT FKnsnhlyvh3crb3pqa8e5s52uyl REFERENCES payments);",
            "inheritance.joined",
            "CreateTable bank_transfers (iban character varying(34), id bigint NOT NULL, PRIMARY KEY bank_transfers_pkey (id))",
            "AddForeignKey bank_transfers fkoh50hpf8jn26363gd5rqy7b8b (id) -> payments (id)"),
        scenario("table per class: a full table for each concrete class, and their sequence", "", "inheritance.perclass",
            "CreateSequence animal_ids INCREMENT 10",
            "CreateTable cats (id bigint NOT NULL, name character varying(255) NOT NULL, indoor boolean, PRIMARY KEY cats_pkey (id))",
            "CreateTable dogs (id bigint NOT NULL, name character varying(255) NOT NULL, breed character varying(50),"
                + " PRIMARY KEY dogs_pkey (id))"),
        scenario("an embeddable, embedded twice", "CREATE TABLE people (id bigint PRIMARY KEY, name varchar(255));", "embeddable",
            "AddColumn people.city character varying(100)",
            "AddColumn people.street character varying(255)",
            "AddColumn people.zip character varying(10)",
            "AddColumn people.work_city character varying(100)",
            "AddColumn people.work_street character varying(255)",
            "AddColumn people.work_zip character varying(10)"),
        scenario("an element collection", USERS, "elementcollection",
            "CreateTable user_tags (user_id bigint NOT NULL, tag character varying(50), UNIQUE user_tags_user_id_tag_key (user_id, tag))",
            "AddForeignKey user_tags fkdylhtw3qjb2nj40xp50b0p495 (user_id) -> users (id)"),
        // Hibernate adds a check that the order column is not negative.
        scenario("an ordered element collection of embeddables", USERS, "embeddablecollection",
            "CreateTable user_addresses (user_id bigint NOT NULL, city character varying(100), street character varying(255) NOT NULL,"
                + " position integer NOT NULL, PRIMARY KEY user_addresses_pkey (user_id, position),"
                + " user_addresses_position_check CHECK (\"position\" >= 0))",
            "AddForeignKey user_addresses fk_user_addresses_user (user_id) -> users (id)"),
        scenario("a UUID key", "", "uuidkey",
            "CreateTable documents (id uuid NOT NULL, owner_id uuid, title character varying(255) NOT NULL,"
                + " PRIMARY KEY documents_pkey (id))"),
        scenario("JSON with @JdbcTypeCode(SqlTypes.JSON)", USERS, "json",
            "AddColumn users.preferences jsonb"),

        // ---- everything from nothing: each family's tables as created by the dialect, against Hibernate's
        scenario("from nothing: column types, lengths, defaults and comments", "", "zero.columns",
            "CreateTable profiles (id bigint NOT NULL, active boolean NOT NULL, avatar bytea, balance numeric(10,2), bio text,"
                + " born date, created_at timestamp(6) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP, logins integer NOT NULL,"
                + " name character varying(80) NOT NULL, notes text, points bigint, rank smallint NOT NULL,"
                + " ratio double precision NOT NULL,"
                + " role character varying(20) NOT NULL DEFAULT 'member'::character varying COMMENT 'what they may do',"
                + " seen_at timestamp(6) without time zone, subscribed boolean DEFAULT true,"
                + " updated_at timestamp(6) with time zone, visits integer DEFAULT 0, weight real,"
                + " PRIMARY KEY profiles_pkey (id)) COMMENT 'who someone is'"),
        scenario("from nothing: unique constraints, checks, indexes and foreign keys", "", "zero.constraints",
            "CreateTable members (id bigint NOT NULL, backup_team_id bigint, mentor_id bigint, team_id bigint NOT NULL,"
                + " PRIMARY KEY members_pkey (id))",
            "CreateTable teams (id bigint NOT NULL, code character varying(255), created date, motto character varying(255),"
                + " name character varying(255) NOT NULL, org character varying(40) NOT NULL, size integer,"
                + " slug character varying(255), PRIMARY KEY teams_pkey (id), UNIQUE ix_teams_slug (slug),"
                + " UNIQUE teams_code_key (code), UNIQUE uk_teams_org_name (org, name),"
                + " ck_teams_size CHECK ((size >= 0) AND (size <= 1000)), teams_motto_check CHECK (length((motto)::text) > 2))",
            "CreateIndex ix_teams_name ON teams (name)",
            "CreateIndex ix_teams_org_created ON teams (org, created DESC)",
            "AddForeignKey members fk8w6psxgnidkhlqi422goy0jee (backup_team_id) -> teams (id)",
            "AddForeignKey members fk_members_mentor (mentor_id) -> members (id) ON DELETE SET NULL",
            "AddForeignKey members fkf4xefr0g300jkn6um58gf0l6i (team_id) -> teams (id) ON DELETE CASCADE"),
        scenario("from nothing: enums three ways, UUID and JSON", "", "zero.types",
            "CreateEnumType stage ('DONE', 'IN_PROGRESS', 'OPEN')",
            "CreateTable tickets (id uuid NOT NULL, attributes jsonb, labels jsonb, priority character varying(255) NOT NULL,"
                + " reporter uuid, severity smallint, stage stage, PRIMARY KEY tickets_pkey (id),"
                + " tickets_priority_check CHECK ((priority)::text = ANY ((ARRAY['LOW'::character varying,"
                + " 'MEDIUM'::character varying, 'HIGH'::character varying])::text[])),"
                + " tickets_severity_check CHECK ((severity >= 0) AND (severity <= 2)))")
            .equivalent(), // the string enum's check is re-spelled, as above
        scenario("from nothing: sequence, identity and UUID generators", "", "zero.generators",
            "CreateSequence invoice_numbers START 1000 INCREMENT 20",
            "CreateSequence receipts_seq INCREMENT 50",
            "CreateTable invoices (id bigint NOT NULL, PRIMARY KEY invoices_pkey (id))",
            "CreateTable notes (id integer NOT NULL IDENTITY BY_DEFAULT, PRIMARY KEY notes_pkey (id))",
            "CreateTable receipts (id bigint NOT NULL, PRIMARY KEY receipts_pkey (id))",
            "CreateTable tokens (id uuid NOT NULL, PRIMARY KEY tokens_pkey (id))"),

        // ---- nothing to do: the start is what Hibernate creates
        nothingToDo("nothing to do: column types, lengths, defaults and comments", "zero.columns"),
        nothingToDo("nothing to do: unique constraints, checks, indexes and foreign keys", "zero.constraints"),
        nothingToDo("nothing to do: enums three ways, UUID and JSON", "zero.types"),
        nothingToDo("nothing to do: sequence, identity and UUID generators", "zero.generators"),
        nothingToDo("nothing to do: the three inheritance strategies",
            "inheritance.single", "inheritance.joined", "inheritance.perclass"),
        nothingToDo("nothing to do: join table, two-column, self-referencing and mutual foreign keys",
            "manytomany", "fk.composite", "fk.self", "fk.cycle"),
        nothingToDo("nothing to do: embeddable, element collection, UUID key", "embeddable", "elementcollection", "uuidkey"),
        nothingToDo("nothing to do: reserved words and quoted mixed-case names", "usertable.created", "mixedcase"),
        nothingToDo("nothing to do: an embedded id and a one-to-one", "fk.embeddedid", "onetoone"),
        nothingToDo("nothing to do: an ordered element collection of embeddables", "embeddablecollection"),
        nothingToDo("nothing to do: ordinal and named enums added", "enums.ordinal", "enums.namedadded"),
        scenario("nothing to do: the same foreign key written by hand",
            "CREATE TABLE teams (id int8 NOT NULL, name character varying(255) NOT NULL, PRIMARY KEY (id));"
                + "CREATE TABLE members (id int8 PRIMARY KEY,"
                + " team_id int8 CONSTRAINT fk_members_team REFERENCES teams (id) ON DELETE CASCADE);",
            "fk.ondelete"));
  }

  private static String users(String more) {
    return "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL, " + more + ");";
  }

  private static String members(String more) {
    return "CREATE TABLE team_members (id bigint PRIMARY KEY, name varchar(100) NOT NULL" + more + ");";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void upgradeReachesTheEntitiesAndDowngradeTheStart(EntityScenario scenario, TestDatabase db) throws Exception {
    try (EntityMetadata metadata = reader().boot(EntitySource.classes(classes(scenario.entityPackage())))) {
      if (scenario.startDdl() == null) {
        try (Connection c = db.connection()) {
          EntitySchemaReader.apply(metadata.createScript(), c);
        }
      } else if (!scenario.startDdl().isBlank()) {
        db.execute(scenario.startDdl());
      }
      SchemaSnapshot start = db.snapshot();
      Schema startSchema = read(db);
      Target target = target(metadata);

      Diff diff = DIFFER.diff(startSchema, target.schema());
      assertThat(diff.ops()).as("ops of %s", scenario.name()).map(EntityScenarioTest::describe)
          .containsExactlyElementsOf(scenario.ops());

      apply(db, diff.ops());
      Diff again = DIFFER.diff(read(db), target.schema());
      assertThat(again.ops()).as("diff after the upgrade").map(EntityScenarioTest::describe).isEmpty();
      assertThat(again.isEmpty()).as("no difference left after the upgrade: %s", again.notes()).isTrue();
      if (scenario.sameSnapshot()) {
        assertThat(db.snapshot().lines()).as("upgraded schema against Hibernate's")
            .containsExactlyElementsOf(target.snapshot().lines());
      }

      assertThat(diff.notes(DiffNote.Kind.IRREVERSIBLE)).as("notes of ops without a reverse")
          .hasSize(scenario.refusesDowngrade() ? 1 : 0);
      if (scenario.refusesDowngrade()) {
        assertThatThrownBy(diff::downgrade).isInstanceOf(IrreversibleOperationException.class);
        return;
      }
      apply(db, diff.downgrade());
      if (scenario.sameSnapshot()) {
        assertThat(db.snapshot().lines()).as("schema after the downgrade").containsExactlyElementsOf(start.lines());
      } else {
        Diff back = DIFFER.diff(read(db), startSchema);
        assertThat(back.ops()).as("diff from the start after the downgrade").map(EntityScenarioTest::describe).isEmpty();
        assertThat(back.isEmpty()).as("no difference from the start after the downgrade: %s", back.notes()).isTrue();
      }
    }
  }

  /**
   * The target of the scenarios is read as {@link EntitySchemaReader#read(EntityMetadata)} reads it, in the
   * scratch database that also gives Hibernate's own snapshot (one scratch database per scenario, not two):
   * this holds the two readings to the same result.
   */
  @Test
  void theTargetIsWhatTheEntitySchemaReaderReads() {
    try (EntityMetadata metadata = reader().boot(EntitySource.classes(classes("zero.constraints")))) {
      assertThat(target(metadata).schema()).isEqualTo(reader().read(metadata).schema());
    }
  }

  /** Keeps the table honest: distinct names, each package used, and the size the issue asks for. */
  @Test
  void everyScenarioHasItsOwnNameAndEveryPackageIsUsed() {
    List<EntityScenario> all = scenarios().toList();
    assertThat(all).extracting(EntityScenario::name).doesNotHaveDuplicates();
    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    List<String> used = all.stream().flatMap(s -> Arrays.stream(s.entityPackage().split(","))).distinct().toList();
    assertThat(entityClasses().keySet()).containsExactlyInAnyOrderElementsOf(used);
  }

  @AfterAll
  static void closeShadowServer() {
    if (shadow != null) {
      shadow.close();
    }
  }

  private static synchronized EntitySchemaReader reader() {
    if (entityReader == null) {
      PostgresServer server = PostgresServer.shared();
      shadow = ShadowServer.atUrl(server.jdbcUrl("postgres"), server.user(), server.password());
      entityReader = new EntitySchemaReader(shadow, PUBLIC, Map.of());
    }
    return entityReader;
  }

  /** The entities, embeddables and mapped superclasses of each scenario package, found in one scan. */
  private static synchronized Map<String, List<Class<?>>> entityClasses() {
    if (entityClasses == null) {
      Map<String, List<Class<?>>> found = new TreeMap<>();
      try (ScanResult scan = new ClassGraph().enableAnnotationInfo().acceptPackages(PACKAGES).scan()) {
        for (ClassInfo info : scan.getAllClasses()) {
          if (info.hasAnnotation(Entity.class) || info.hasAnnotation(Embeddable.class)
              || info.hasAnnotation(MappedSuperclass.class)) {
            String pkg = info.getPackageName().substring(PACKAGES.length() + 1);
            found.computeIfAbsent(pkg, k -> new ArrayList<>()).add(info.loadClass());
          }
        }
      }
      entityClasses = found;
    }
    return entityClasses;
  }

  private static List<Class<?>> classes(String packages) {
    List<Class<?>> out = new ArrayList<>();
    for (String pkg : packages.split(",")) {
      List<Class<?>> found = entityClasses().get(pkg);
      assertThat(found).as("entity classes in %s.%s", PACKAGES, pkg).isNotNull();
      out.addAll(found);
    }
    return out;
  }

  /** The entities' schema as the entity reader reads it, and the catalog snapshot of Hibernate's own schema. */
  private record Target(Schema schema, SchemaSnapshot snapshot) {}

  private static Target target(EntityMetadata metadata) {
    return reader().onScratchDatabase(metadata.createScript(), metadata.provenance(), metadata.classNames(),
        c -> new Target(new DatabaseSchemaReader(PUBLIC).read(c), SchemaSnapshot.of(c, "public")));
  }

  private static Schema read(TestDatabase db) throws SQLException {
    try (Connection c = db.connection()) {
      return new DatabaseSchemaReader(PUBLIC).read(c);
    }
  }

  /** Applies the ops in one transaction, as a migration runs. */
  private static void apply(TestDatabase db, List<Op> ops) throws SQLException {
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      SqlOperations operations = new SqlOperations(DIALECT, null, c, new JdbcStatementSink(c));
      try {
        ops.forEach(operations::apply);
        c.commit();
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  // ---- one line per op: its kind, what it is on, and what defines it

  static String describe(Op op) {
    if (op instanceof Op.CreateTable o) {
      return "CreateTable " + table(o.table());
    } else if (op instanceof Op.DropTable o) {
      return "DropTable " + o.name();
    } else if (op instanceof Op.AddColumn o) {
      return "AddColumn " + o.table() + "." + column(o.column());
    } else if (op instanceof Op.DropColumn o) {
      return "DropColumn " + o.table() + "." + o.name();
    } else if (op instanceof Op.AlterColumn o) {
      List<String> changes = new ArrayList<>();
      change(changes, "type", o.type());
      change(changes, "nullable", o.nullable());
      change(changes, "default", o.defaultValue());
      change(changes, "identity", o.identity() == null ? null
          : Change.of(generation(o.identity().from()), generation(o.identity().to())));
      change(changes, "comment", o.comment() == null ? null
          : Change.of(quoted(o.comment().from()), quoted(o.comment().to())));
      return "AlterColumn " + o.table() + "." + o.column() + " " + String.join(", ", changes)
          + (o.using() == null ? "" : " USING " + o.using());
    } else if (op instanceof Op.SetTableComment o) {
      return "SetTableComment " + o.table() + " " + quoted(o.comment().from()) + " -> " + quoted(o.comment().to());
    } else if (op instanceof Op.CreateIndex o) {
      return "CreateIndex " + index(o.index());
    } else if (op instanceof Op.DropIndex o) {
      return "DropIndex " + o.name();
    } else if (op instanceof Op.AddPrimaryKey o) {
      return "AddPrimaryKey " + o.table() + " " + o.primaryKey().name() + " (" + String.join(", ", o.primaryKey().columns()) + ")";
    } else if (op instanceof Op.AddUniqueConstraint o) {
      return "AddUniqueConstraint " + o.table() + " " + unique(o.constraint());
    } else if (op instanceof Op.AddForeignKey o) {
      return "AddForeignKey " + o.table() + " " + foreignKey(o.foreignKey()) + (o.notValid() ? " NOT VALID" : "");
    } else if (op instanceof Op.AddCheckConstraint o) {
      return "AddCheckConstraint " + o.table() + " " + check(o.constraint()) + (o.notValid() ? " NOT VALID" : "");
    } else if (op instanceof Op.DropConstraint o) {
      return "DropConstraint " + o.table() + " " + o.name();
    } else if (op instanceof Op.CreateSequence o) {
      return "CreateSequence " + sequence(o.sequence());
    } else if (op instanceof Op.AlterSequence o) {
      return "AlterSequence " + (o.from() == null ? "?" : sequence(o.from())) + " -> " + sequence(o.to());
    } else if (op instanceof Op.DropSequence o) {
      return "DropSequence " + o.name();
    } else if (op instanceof Op.CreateEnumType o) {
      return "CreateEnumType " + o.type().name() + " ("
          + o.type().values().stream().map(EntityScenarioTest::quoted).collect(Collectors.joining(", ")) + ")";
    } else if (op instanceof Op.AddEnumValue o) {
      return "AddEnumValue " + o.type() + " " + quoted(o.value())
          + (o.before() != null ? " BEFORE " + quoted(o.before()) : "") + (o.after() != null ? " AFTER " + quoted(o.after()) : "");
    }
    return op.toString(); // ops the differ does not produce from these scenarios: shown whole
  }

  private static String table(Table t) {
    List<String> parts = new ArrayList<>();
    t.columns().forEach(c -> parts.add(column(c)));
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      parts.add("PRIMARY KEY " + pk.name() + " (" + String.join(", ", pk.columns()) + ")");
    }
    t.uniqueConstraints().forEach(u -> parts.add("UNIQUE " + unique(u)));
    t.checkConstraints().forEach(c -> parts.add(check(c)));
    t.foreignKeys().forEach(f -> parts.add("FOREIGN KEY " + foreignKey(f)));
    return t.name() + " (" + String.join(", ", parts) + ")" + (t.comment() == null ? "" : " COMMENT " + quoted(t.comment()));
  }

  private static String column(Column c) {
    return c.name() + " " + c.type().sql() + (c.nullable() ? "" : " NOT NULL")
        + (c.defaultValue() == null ? "" : " DEFAULT " + c.defaultValue())
        + (c.identity() == null ? "" : " IDENTITY " + c.identity().generation())
        + (c.generatedAs() == null ? "" : " GENERATED " + c.generatedAs())
        + (c.comment() == null ? "" : " COMMENT " + quoted(c.comment()));
  }

  private static String unique(UniqueConstraint u) {
    return u.name() + " (" + String.join(", ", u.columns()) + ")" + (u.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "");
  }

  private static String check(CheckConstraint c) {
    return c.name() + " CHECK " + c.expression();
  }

  private static String foreignKey(ForeignKey f) {
    return f.name() + " (" + String.join(", ", f.columns()) + ") -> "
        + (f.referencedSchema() == null ? "" : f.referencedSchema() + ".") + f.referencedTable()
        + " (" + String.join(", ", f.referencedColumns()) + ")"
        + (f.onDelete() == ForeignKey.Action.NO_ACTION ? "" : " ON DELETE " + f.onDelete().sql())
        + (f.onUpdate() == ForeignKey.Action.NO_ACTION ? "" : " ON UPDATE " + f.onUpdate().sql())
        + (f.deferrable() ? " DEFERRABLE" + (f.initiallyDeferred() ? " INITIALLY DEFERRED" : "") : "");
  }

  private static String index(Index i) {
    return (i.unique() ? "UNIQUE " : "") + i.name() + " ON " + i.table() + " ("
        + i.elements().stream().map(EntityScenarioTest::element).collect(Collectors.joining(", ")) + ")"
        + (i.include().isEmpty() ? "" : " INCLUDE (" + String.join(", ", i.include()) + ")")
        + (i.method() == null ? "" : " USING " + i.method())
        + (i.where() == null ? "" : " WHERE " + i.where());
  }

  private static String element(IndexElement e) {
    return e.value() + (e.descending() ? " DESC" : "") + (e.nulls() == null ? "" : " NULLS " + e.nulls());
  }

  private static String sequence(Sequence s) {
    return s.name() + (s.dataType() == null ? "" : " AS " + s.dataType())
        + (s.start() == null ? "" : " START " + s.start())
        + (s.increment() == null ? "" : " INCREMENT " + s.increment())
        + (s.minValue() == null ? "" : " MINVALUE " + s.minValue())
        + (s.maxValue() == null ? "" : " MAXVALUE " + s.maxValue())
        + (s.cache() == null ? "" : " CACHE " + s.cache())
        + (s.cycle() ? " CYCLE" : "");
  }

  private static String generation(dev.autogen.runtime.schema.Identity identity) {
    return identity == null ? null : identity.generation().name();
  }

  private static <T> void change(List<String> out, String what, Change<T> change) {
    if (change != null) {
      out.add(what + " " + change.from() + " -> " + change.to());
    }
  }

  private static String quoted(String text) {
    return text == null ? null : "'" + text + "'";
  }
}
