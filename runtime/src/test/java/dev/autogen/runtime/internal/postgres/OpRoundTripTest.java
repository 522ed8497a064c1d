package dev.autogen.runtime.internal.postgres;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.check;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.comment;
import static dev.autogen.runtime.schema.Ddl.desc;
import static dev.autogen.runtime.schema.Ddl.enumType;
import static dev.autogen.runtime.schema.Ddl.expr;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.integer;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.sequence;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.timestamptz;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.Operations;
import dev.autogen.runtime.dialect.SqlStatement;
import dev.autogen.runtime.internal.JdbcStatementSink;
import dev.autogen.runtime.internal.SqlOperations;
import dev.autogen.runtime.internal.StatementFailedException;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.ColumnChanges;
import dev.autogen.runtime.op.IrreversibleOperationException;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.Table;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every op on a real PostgreSQL: apply it, read the schema back, apply its reverse, and expect the schema
 * it started from. Each test shows, as golden text, how the op changed the catalog ({@code -} a line
 * gone, {@code +} a line new). Irreversible ops check the reason they give instead.
 */
@PostgresTest
class OpRoundTripTest {
  private final PostgresDialect dialect = new PostgresDialect();

  /** A table named with a keyword, with a column whose name holds a space. */
  private static final String USER_TABLE = """
      CREATE TABLE "user" (
        id integer PRIMARY KEY,
        "full name" text NOT NULL DEFAULT '',
        age text,
        team_id integer
      );
      CREATE TABLE team (id integer PRIMARY KEY, code text NOT NULL)""";

  // ---- tables --------------------------------------------------------------------------------------

  private static Table fullUserTable() {
    return Table.of("user", List.of(
        column("id", bigint()).generatedAlwaysAsIdentity(),
        column("email", varchar(320)).notNull().comment("login; it's unique"),
        column("with space", text()).notNull().defaultValue("'member'::text"),
        column("created_at", timestamptz()).notNull().defaultValue("now()"),
        column("email_lower", text()).generatedAs("lower((email)::text)"),
        column("team_id", integer()),
        column("tag", text()),
        primaryKey("user_pkey", List.of("id")),
        unique("user_email_key", List.of("email")),
        unique("user_team_tag_key", List.of("team_id", "tag")).withNullsNotDistinct(),
        check("user_email_check", "email::text <> ''"),
        foreignKey("user_team_id_fkey", List.of("team_id"), "team", List.of("id"))
            .onDelete(ForeignKey.Action.SET_NULL).onUpdate(ForeignKey.Action.CASCADE).deferrable(true),
        comment("people who log in")));
  }

  @Test
  void create_table_with_every_part(TestDatabase db) {
    db.execute("CREATE TABLE team (id integer PRIMARY KEY)");
    assertThat(roundTrip(db, new Op.CreateTable(null, fullUserTable()))).isEqualTo("""
        + column user.created_at timestamp with time zone not null default=now()
        + column user.email character varying(320) not null comment='login; it''s unique'
        + column user.email_lower text generated=lower((email)::text)
        + column user.id bigint not null identity=always
        + column user.tag text
        + column user.team_id integer
        + column user.with space text not null default='member'::text
        + constraint user.user_email_check CHECK (((email)::text <> ''::text))
        + constraint user.user_email_key UNIQUE (email)
        + constraint user.user_pkey PRIMARY KEY (id)
        + constraint user.user_team_id_fkey FOREIGN KEY (team_id) REFERENCES team(id) ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED deferrable
        + constraint user.user_team_tag_key UNIQUE NULLS NOT DISTINCT (team_id, tag)
        + index user_email_key CREATE UNIQUE INDEX user_email_key ON public."user" USING btree (email)
        + index user_pkey CREATE UNIQUE INDEX user_pkey ON public."user" USING btree (id)
        + index user_team_tag_key CREATE UNIQUE INDEX user_team_tag_key ON public."user" USING btree (team_id, tag) NULLS NOT DISTINCT
        + sequence user_id_seq as bigint start=1 increment=1 min=1 max=9223372036854775807 cache=1 owned-by=user.id
        + table user comment='people who log in'
        """);
  }

  @Test
  void create_table_with_unnamed_constraints_in_another_schema(TestDatabase db) {
    db.execute("CREATE SCHEMA \"my app\"; CREATE TABLE \"my app\".team (id integer PRIMARY KEY)");
    Table order = Table.of("order", List.of(
        column("id", integer()).identity(new Identity(Identity.Generation.BY_DEFAULT, 100L, 5L)),
        column("team_id", integer()).notNull(),
        column("note", text()),
        primaryKey("id"),
        unique("team_id", "note"),
        check(null, "id > 0"),
        foreignKey("team_id", "team", "id")));
    assertThat(roundTrip(db, "my app", new Op.CreateTable("my app", order))).isEqualTo("""
        + column order.id integer not null identity=by default
        + column order.note text
        + column order.team_id integer not null
        + constraint order.order_id_check CHECK ((id > 0))
        + constraint order.order_pkey PRIMARY KEY (id)
        + constraint order.order_team_id_fkey FOREIGN KEY (team_id) REFERENCES "my app".team(id)
        + constraint order.order_team_id_note_key UNIQUE (team_id, note)
        + index order_pkey CREATE UNIQUE INDEX order_pkey ON "my app"."order" USING btree (id)
        + index order_team_id_note_key CREATE UNIQUE INDEX order_team_id_note_key ON "my app"."order" USING btree (team_id, note)
        + sequence order_id_seq as integer start=100 increment=5 min=1 max=2147483647 cache=1 owned-by=order.id
        + table order
        """);
  }

  @Test
  void drop_table_with_its_definition(TestDatabase db) {
    db.execute("CREATE TABLE team (id integer PRIMARY KEY)");
    apply(db, new Op.CreateTable(null, fullUserTable()));
    assertThat(roundTrip(db, new Op.DropTable(null, "user", fullUserTable()))).startsWith("""
        - column user.created_at timestamp with time zone not null default=now()
        """).contains("""
        - sequence user_id_seq as bigint start=1 increment=1 min=1 max=9223372036854775807 cache=1 owned-by=user.id
        - table user comment='people who log in'
        """).doesNotContain("+ ");
  }

  @Test
  void rename_table(TestDatabase db) {
    db.execute(USER_TABLE);
    assertThat(roundTrip(db, new Op.RenameTable(null, "user", "app \"user\""))).isEqualTo("""
        + column app "user".age text
        + column app "user".full name text not null default=''::text
        + column app "user".id integer not null
        + column app "user".team_id integer
        + constraint app "user".user_pkey PRIMARY KEY (id)
        + index user_pkey CREATE UNIQUE INDEX user_pkey ON public."app ""user""\" USING btree (id)
        + table app "user"
        - column user.age text
        - column user.full name text not null default=''::text
        - column user.id integer not null
        - column user.team_id integer
        - constraint user.user_pkey PRIMARY KEY (id)
        - index user_pkey CREATE UNIQUE INDEX user_pkey ON public."user" USING btree (id)
        - table user
        """);
  }

  @Test
  void set_and_remove_table_comment(TestDatabase db) {
    db.execute(USER_TABLE);
    assertThat(roundTrip(db, new Op.SetTableComment(null, "user", Change.of(null, "who's who")))).isEqualTo("""
        + table user comment='who''s who'
        - table user
        """);
  }

  // ---- columns -------------------------------------------------------------------------------------

  @Test
  void add_column_with_default_and_comment(TestDatabase db) {
    db.execute(USER_TABLE + "; INSERT INTO \"user\" (id) VALUES (1)");
    Op op = new Op.AddColumn(null, "user", column("order", integer()).notNull().defaultValue("0").comment("rank"));
    assertThat(roundTrip(db, op)).isEqualTo("""
        + column user.order integer not null default=0 comment='rank'
        """);
  }

  @Test
  void add_identity_and_generated_columns(TestDatabase db) {
    db.execute(USER_TABLE);
    assertThat(roundTrip(db, new Op.AddColumn(null, "team", column("seq no", bigint()).generatedByDefaultAsIdentity())))
        .isEqualTo("""
            + column team.seq no bigint not null identity=by default
            + sequence team_seq no_seq as bigint start=1 increment=1 min=1 max=9223372036854775807 cache=1 owned-by=team.seq no
            """);
    assertThat(roundTrip(db, new Op.AddColumn(null, "team", column("code_upper", text()).generatedAs("upper(code)"))))
        .isEqualTo("""
            + column team.code_upper text generated=upper(code)
            """);
  }

  @Test
  void drop_column_with_its_definition(TestDatabase db) {
    db.execute(USER_TABLE + "; COMMENT ON COLUMN \"user\".\"full name\" IS 'as written'");
    Op op = new Op.DropColumn(null, "user", "full name",
        column("full name", text()).notNull().defaultValue("''::text").comment("as written"));
    assertThat(roundTrip(db, op)).isEqualTo("""
        - column user.full name text not null default=''::text comment='as written'
        """);
  }

  @Test
  void rename_column(TestDatabase db) {
    db.execute(USER_TABLE);
    assertThat(roundTrip(db, new Op.RenameColumn(null, "user", "full name", "display \"name\""))).isEqualTo("""
        + column user.display "name" text not null default=''::text
        - column user.full name text not null default=''::text
        """);
  }

  @Test
  void alter_column_type_with_using(TestDatabase db) {
    db.execute(USER_TABLE + "; INSERT INTO \"user\" (id, age) VALUES (1, '42')");
    Op op = ColumnChanges.alter().type(text(), integer()).using("age::integer").toOp(null, "user", "age");
    assertThat(roundTrip(db, op)).isEqualTo("""
        + column user.age integer
        - column user.age text
        """);
    assertThat(queryOne(db, "SELECT age FROM \"user\"")).isEqualTo("42");
  }

  @Test
  void alter_column_type_default_and_nullability_together(TestDatabase db) {
    db.execute(USER_TABLE + "; ALTER TABLE \"user\" ALTER COLUMN age SET DEFAULT '7'");
    Op op = ColumnChanges.alter()
        .type(text(), integer()).using("age::integer")
        .defaultValue("'7'::text", "0")
        .nullable(true, false)
        .toOp(null, "user", "age");
    assertThat(roundTrip(db, op)).isEqualTo("""
        + column user.age integer not null default=0
        - column user.age text default='7'::text
        """);
  }

  @Test
  void alter_column_nullability_and_default(TestDatabase db) {
    db.execute(USER_TABLE);
    assertThat(roundTrip(db, ColumnChanges.alter().nullable(false, true).defaultValue("''::text", null)
        .toOp(null, "user", "full name"))).isEqualTo("""
        + column user.full name text
        - column user.full name text not null default=''::text
        """);
  }

  @Test
  void alter_column_add_identity(TestDatabase db) {
    db.execute(USER_TABLE);
    Op op = ColumnChanges.alter().nullable(true, false).identity(null, Identity.always()).toOp(null, "user", "team_id");
    assertThat(roundTrip(db, op)).isEqualTo("""
        + column user.team_id integer not null identity=always
        + sequence user_team_id_seq as integer start=1 increment=1 min=1 max=2147483647 cache=1 owned-by=user.team_id
        - column user.team_id integer
        """);
  }

  @Test
  void alter_column_set_generated_and_identity_options(TestDatabase db) {
    db.execute("CREATE TABLE \"order\" (id bigint GENERATED ALWAYS AS IDENTITY)");
    Op op = ColumnChanges.alter()
        .identity(Identity.always(), new Identity(Identity.Generation.BY_DEFAULT, 10L, 2L))
        .toOp(null, "order", "id");
    assertThat(roundTrip(db, op)).isEqualTo("""
        + column order.id bigint not null identity=by default
        + sequence order_id_seq as bigint start=10 increment=2 min=1 max=9223372036854775807 cache=1 owned-by=order.id
        - column order.id bigint not null identity=always
        - sequence order_id_seq as bigint start=1 increment=1 min=1 max=9223372036854775807 cache=1 owned-by=order.id
        """);
  }

  @Test
  void alter_column_comment(TestDatabase db) {
    db.execute(USER_TABLE);
    assertThat(roundTrip(db, ColumnChanges.alter().comment(null, "what they're called").toOp(null, "user", "full name")))
        .isEqualTo("""
            + column user.full name text not null default=''::text comment='what they''re called'
            - column user.full name text not null default=''::text
            """);
  }

  // ---- indexes -------------------------------------------------------------------------------------

  private static final String INDEXED = USER_TABLE + """
      ;
      ALTER TABLE "user" ADD COLUMN email text, ADD COLUMN created_at timestamptz, ADD COLUMN tags text[],
        ADD COLUMN deleted_at timestamptz""";

  @Test
  void create_index_with_every_option(TestDatabase db) {
    db.execute(INDEXED);
    var ix = index("ix user", "user",
            IndexElement.column("team_id"),
            desc("created_at").nulls(IndexElement.Nulls.LAST),
            IndexElement.column("full name").nulls(IndexElement.Nulls.FIRST),
            expr("lower(email)"))
        .asUnique()
        .include("age")
        .where("deleted_at IS NULL")
        .using("btree");
    assertThat(roundTrip(db, new Op.CreateIndex(null, ix, false))).isEqualTo("""
        + index ix user CREATE UNIQUE INDEX "ix user" ON public."user" USING btree (team_id, created_at DESC NULLS LAST, "full name" NULLS FIRST, lower(email)) INCLUDE (age) WHERE (deleted_at IS NULL)
        """);
  }

  @Test
  void create_index_with_access_method_concurrently(TestDatabase db) {
    db.execute(INDEXED);
    Op op = new Op.CreateIndex(null, index("ix_user_tags", "user", "tags").using("gin"), true);
    assertThat(roundTrip(db, op)).isEqualTo("""
        + index ix_user_tags CREATE INDEX ix_user_tags ON public."user" USING gin (tags)
        """);
  }

  @Test
  void drop_index_with_its_definition(TestDatabase db) {
    db.execute(INDEXED + "; CREATE INDEX \"ix email\" ON \"user\" (email DESC, id)");
    Op op = new Op.DropIndex(null, "ix email", index("ix email", "user", desc("email"), IndexElement.column("id")), false);
    assertThat(roundTrip(db, op)).isEqualTo("""
        - index ix email CREATE INDEX "ix email" ON public."user" USING btree (email DESC, id)
        """);
  }

  // ---- constraints ---------------------------------------------------------------------------------

  @Test
  void add_primary_key(TestDatabase db) {
    db.execute("CREATE TABLE \"order\" (id integer NOT NULL, \"line no\" integer NOT NULL)");
    Op op = new Op.AddPrimaryKey(null, "order", primaryKey("order_pkey", List.of("id", "line no")));
    assertThat(roundTrip(db, op)).isEqualTo("""
        + constraint order.order_pkey PRIMARY KEY (id, "line no")
        + index order_pkey CREATE UNIQUE INDEX order_pkey ON public."order" USING btree (id, "line no")
        """);
  }

  @Test
  void add_unique_nulls_not_distinct(TestDatabase db) {
    db.execute(USER_TABLE);
    Op op = new Op.AddUniqueConstraint(null, "user",
        unique("user name team", List.of("full name", "team_id")).withNullsNotDistinct());
    assertThat(roundTrip(db, op)).isEqualTo("""
        + constraint user.user name team UNIQUE NULLS NOT DISTINCT ("full name", team_id)
        + index user name team CREATE UNIQUE INDEX "user name team" ON public."user" USING btree ("full name", team_id) NULLS NOT DISTINCT
        """);
  }

  @Test
  void add_foreign_key_deferrable_not_valid(TestDatabase db) {
    db.execute(USER_TABLE + "; INSERT INTO \"user\" (id, team_id) VALUES (1, 99)");
    ForeignKey fk = foreignKey("user_team_fkey", List.of("team_id"), "team", List.of("id"))
        .onDelete(ForeignKey.Action.CASCADE)
        .deferrable(false);
    // NOT VALID: the existing row pointing at no team is not checked.
    assertThat(roundTrip(db, new Op.AddForeignKey(null, "user", fk, true))).isEqualTo("""
        + constraint user.user_team_fkey FOREIGN KEY (team_id) REFERENCES team(id) ON DELETE CASCADE DEFERRABLE NOT VALID deferrable not valid
        """);
  }

  @Test
  void add_check_not_valid_then_validate(TestDatabase db) {
    db.execute(USER_TABLE + "; INSERT INTO \"user\" (id, age) VALUES (1, '')");
    Op add = new Op.AddCheckConstraint(null, "user", check("age not empty", "age <> ''"), true);
    assertThat(roundTrip(db, add)).isEqualTo("""
        + constraint user.age not empty CHECK ((age <> ''::text)) NOT VALID not valid
        """);

    apply(db, add);
    db.execute("DELETE FROM \"user\"");
    SchemaSnapshot before = db.snapshot();
    Op validate = new Op.ValidateConstraint(null, "user", "age not empty");
    apply(db, validate);
    assertThat(changes(before, db.snapshot())).isEqualTo("""
        + constraint user.age not empty CHECK ((age <> ''::text))
        - constraint user.age not empty CHECK ((age <> ''::text)) NOT VALID not valid
        """);
    assertThatThrownBy(validate::reverse)
        .isInstanceOf(IrreversibleOperationException.class)
        .hasMessage("VALIDATE CONSTRAINT age not empty has nothing to undo; leave it out of the downgrade");
  }

  @Test
  void drop_each_kind_of_constraint_with_its_definition(TestDatabase db) {
    db.execute("""
        CREATE TABLE team (id integer CONSTRAINT team_pkey PRIMARY KEY, code text);
        CREATE TABLE "user" (
          id integer NOT NULL,
          team_id integer,
          code text,
          CONSTRAINT "user key" PRIMARY KEY (id),
          CONSTRAINT user_code_key UNIQUE NULLS NOT DISTINCT (code, team_id),
          CONSTRAINT "team's fk" FOREIGN KEY (team_id) REFERENCES team (id) ON UPDATE SET NULL
            DEFERRABLE INITIALLY DEFERRED,
          CONSTRAINT code_check CHECK (code <> 'x'))""");
    assertThat(roundTrip(db, new Op.DropConstraint(null, "user", "team's fk",
        foreignKey(null, List.of("team_id"), "team", List.of("id")).onUpdate(ForeignKey.Action.SET_NULL).deferrable(true))))
        .isEqualTo("""
            - constraint user.team's fk FOREIGN KEY (team_id) REFERENCES team(id) ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED deferrable
            """);
    assertThat(roundTrip(db, new Op.DropConstraint(null, "user", "user_code_key",
        unique(null, List.of("code", "team_id")).withNullsNotDistinct()))).isEqualTo("""
        - constraint user.user_code_key UNIQUE NULLS NOT DISTINCT (code, team_id)
        - index user_code_key CREATE UNIQUE INDEX user_code_key ON public."user" USING btree (code, team_id) NULLS NOT DISTINCT
        """);
    assertThat(roundTrip(db, new Op.DropConstraint(null, "user", "code_check", check(null, "code <> 'x'"))))
        .isEqualTo("""
            - constraint user.code_check CHECK ((code <> 'x'::text))
            """);
    assertThat(roundTrip(db, new Op.DropConstraint(null, "user", "user key", primaryKey("id")))).isEqualTo("""
        - constraint user.user key PRIMARY KEY (id)
        - index user key CREATE UNIQUE INDEX "user key" ON public."user" USING btree (id)
        """);
  }

  // ---- sequences -----------------------------------------------------------------------------------

  private static final Sequence FULL_SEQUENCE =
      sequence("order seq").as("integer").incrementBy(5).minValue(10).maxValue(1000).startWith(20).cache(10).cycling();

  @Test
  void create_sequence_with_every_option(TestDatabase db) {
    assertThat(roundTrip(db, new Op.CreateSequence(null, FULL_SEQUENCE))).isEqualTo("""
        + sequence order seq as integer start=20 increment=5 min=10 max=1000 cache=10 cycle
        """);
    assertThat(roundTrip(db, new Op.CreateSequence(null, sequence("plain")))).isEqualTo("""
        + sequence plain as bigint start=1 increment=1 min=1 max=9223372036854775807 cache=1
        """);
  }

  @Test
  void alter_sequence_to_every_option_and_back(TestDatabase db) {
    // The current value (20) lies inside both ranges: ALTER SEQUENCE never restarts a sequence.
    db.execute("CREATE SEQUENCE \"order seq\" START WITH 20");
    assertThat(roundTrip(db, new Op.AlterSequence(null, sequence("order seq").startWith(20), FULL_SEQUENCE)))
        .isEqualTo("""
            + sequence order seq as integer start=20 increment=5 min=10 max=1000 cache=10 cycle
            - sequence order seq as bigint start=20 increment=1 min=1 max=9223372036854775807 cache=1
            """);
  }

  @Test
  void alter_sequence_direction(TestDatabase db) {
    // A descending sequence that has handed out no value yet may turn ascending from 0.
    db.execute("CREATE SEQUENCE s INCREMENT BY -1 MINVALUE -100 MAXVALUE 0");
    Sequence from = sequence("s").incrementBy(-1).minValue(-100).maxValue(0);
    assertThat(roundTrip(db, new Op.AlterSequence(null, from, sequence("s").minValue(0).cache(3))))
        .isEqualTo("""
            + sequence s as bigint start=0 increment=1 min=0 max=9223372036854775807 cache=3
            - sequence s as bigint start=0 increment=-1 min=-100 max=0 cache=1
            """);
  }

  @Test
  void drop_sequence_with_its_definition(TestDatabase db) {
    apply(db, new Op.CreateSequence(null, FULL_SEQUENCE));
    assertThat(roundTrip(db, new Op.DropSequence(null, "order seq", FULL_SEQUENCE))).isEqualTo("""
        - sequence order seq as integer start=20 increment=5 min=10 max=1000 cache=10 cycle
        """);
  }

  // ---- enum types ----------------------------------------------------------------------------------

  @Test
  void create_and_drop_enum_type(TestDatabase db) {
    Op create = new Op.CreateEnumType(null, enumType("user mood", "sad", "it's ok", "happy"));
    assertThat(roundTrip(db, create)).isEqualTo("""
        + enum user mood 'sad','it''s ok','happy'
        """);
    apply(db, create);
    assertThat(roundTrip(db, new Op.DropEnumType(null, "user mood", enumType("user mood", "sad", "it's ok", "happy"))))
        .isEqualTo("""
            - enum user mood 'sad','it''s ok','happy'
            """);
  }

  @Test
  void add_enum_value_at_the_end_before_and_after(TestDatabase db) {
    db.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
    SchemaSnapshot before = db.snapshot();
    Op last = new Op.AddEnumValue(null, "mood", "ecstatic", null, null);
    apply(db, last);
    apply(db, new Op.AddEnumValue(null, "mood", "meh", "happy", null));
    apply(db, new Op.AddEnumValue(null, "mood", "it's bad", null, "sad"));
    assertThat(changes(before, db.snapshot())).isEqualTo("""
        + enum mood 'sad','it''s bad','meh','happy','ecstatic'
        - enum mood 'sad','happy'
        """);
    assertThatThrownBy(last::reverse)
        .isInstanceOf(IrreversibleOperationException.class)
        .hasMessage("PostgreSQL cannot remove the value 'ecstatic' from enum type mood;"
            + " to undo it, re-create the type without it in the downgrade by hand");
  }

  // ---- data and raw SQL ----------------------------------------------------------------------------

  @Test
  void execute_with_reverse_sql(TestDatabase db) {
    Op op = new Op.Execute("CREATE TABLE \"order\" (id integer)", List.of(), "DROP TABLE \"order\"");
    assertThat(roundTrip(db, op)).isEqualTo("""
        + column order.id integer
        + table order
        """);
  }

  @Test
  void execute_with_parameters_and_without_reverse(TestDatabase db) {
    db.execute(USER_TABLE);
    Op op = new Op.Execute("INSERT INTO \"user\" (id, \"full name\", age) VALUES (?, ?, ?)",
        Arrays.asList(7, "O'Hara", null), null);
    apply(db, op);
    assertThat(queryOne(db, "SELECT id || '|' || \"full name\" || '|' || coalesce(age, 'null') FROM \"user\""))
        .isEqualTo("7|O'Hara|null");
    assertThatThrownBy(op::reverse)
        .isInstanceOf(IrreversibleOperationException.class)
        .hasMessage("cannot reverse execute(\"INSERT INTO \"user\" (id, \"full name\", age) VALUES (?, ?, ?)\"):"
            + " no reverse SQL was given");
  }

  @Test
  void bulk_insert_of_every_value_kind(TestDatabase db) {
    db.execute("""
        CREATE TABLE "order" (id integer, "note text" text, at timestamptz, day date, ref uuid, data bytea,
          paid boolean)""");
    UUID ref = UUID.fromString("4f1c0000-0000-0000-0000-00000000a9e2");
    Op op = new Op.BulkInsert(null, "order", List.of("id", "note text", "at", "day", "ref", "data", "paid"), List.of(
        Arrays.asList(1, "it's", OffsetDateTime.of(2026, 11, 24, 9, 30, 0, 0, ZoneOffset.UTC), LocalDate.of(2026, 11, 24),
            ref, new byte[] {1, (byte) 0xff}, true),
        Arrays.asList(2, null, null, null, null, null, null)));
    apply(db, op);
    assertThat(queryAll(db, """
        SELECT concat_ws('|', id, "note text", to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), day, ref,
          encode(data, 'hex'), paid) FROM "order" ORDER BY id""")).containsExactly(
        "1|it's|2026-11-24 09:30|2026-11-24|4f1c0000-0000-0000-0000-00000000a9e2|01ff|t",
        "2");
    assertThatThrownBy(op::reverse)
        .isInstanceOf(IrreversibleOperationException.class)
        .hasMessage("cannot reverse bulkInsert into order: delete the rows in the downgrade by hand");
  }

  @Test
  void bulk_insert_of_more_rows_than_one_statement_holds(TestDatabase db) {
    db.execute("CREATE TABLE \"user\" (n integer, \"with space\" text)");
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      rows.add(List.of(i, "row " + i));
    }
    apply(db, new Op.BulkInsert(null, "user", List.of("n", "with space"), rows));
    assertThat(queryOne(db, "SELECT count(*) || '|' || sum(n) || '|' || max(\"with space\") FROM \"user\""))
        .isEqualTo("2500|3123750|row 999");
  }

  // ---- the sink and the operations -----------------------------------------------------------------

  @Test
  void a_failing_statement_names_its_sql(TestDatabase db) throws SQLException {
    try (Connection c = db.connection()) {
      Operations op = new SqlOperations(dialect, null, c, new JdbcStatementSink(c));
      assertThat(op.connection()).isSameAs(c);
      assertThatThrownBy(() -> op.addColumn("no such table", column("x", integer())))
          .isInstanceOf(StatementFailedException.class)
          .hasMessage("ERROR: relation \"no such table\" does not exist (SQLState 42P01),"
              + " in: ALTER TABLE \"no such table\" ADD COLUMN \"x\" integer")
          .satisfies(e -> assertThat(((StatementFailedException) e).statement().sql())
              .isEqualTo("ALTER TABLE \"no such table\" ADD COLUMN \"x\" integer"));
    }
  }

  @Test
  void a_concurrent_index_inside_a_transaction_is_refused_before_it_runs(TestDatabase db) throws SQLException {
    db.execute(USER_TABLE);
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      Operations op = new SqlOperations(dialect, null, c, new JdbcStatementSink(c));
      assertThatThrownBy(() -> op.createIndexConcurrently(index("ix", "user", "age")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("PostgreSQL cannot run this statement inside a transaction:"
              + " CREATE INDEX CONCURRENTLY \"ix\" ON \"user\" (\"age\");"
              + " declare the migration @Revision(transactional = false)");
      c.rollback();
    }
  }

  // ---- helpers -------------------------------------------------------------------------------------

  /** Applies op, then its reverse, in schema public; returns how op changed the catalog. */
  private String roundTrip(TestDatabase db, Op op) {
    return roundTrip(db, "public", op);
  }

  private String roundTrip(TestDatabase db, String schema, Op op) {
    SchemaSnapshot before = db.snapshot(schema);
    apply(db, op);
    SchemaSnapshot after = db.snapshot(schema);
    apply(db, op.reverse());
    assertThat(db.snapshot(schema).lines())
        .as("schema %s after %s and its reverse", schema, op.getClass().getSimpleName())
        .isEqualTo(before.lines());
    return changes(before, after);
  }

  /**
   * Runs op as the migration engine would: in a transaction, committed, unless one of its statements
   * must run outside one.
   */
  private void apply(TestDatabase db, Op op) {
    boolean transactional = dialect.toSql(op).stream().allMatch(SqlStatement::transactional);
    try (Connection c = db.connection()) {
      c.setAutoCommit(!transactional);
      new SqlOperations(dialect, null, c, new JdbcStatementSink(c)).apply(op);
      if (transactional) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lines gone ({@code -}) and new ({@code +}), one per line, the new ones first. */
  private static String changes(SchemaSnapshot before, SchemaSnapshot after) {
    List<String> out = new ArrayList<>();
    after.lines().stream().filter(l -> !before.lines().contains(l)).forEach(l -> out.add("+ " + l));
    before.lines().stream().filter(l -> !after.lines().contains(l)).forEach(l -> out.add("- " + l));
    return out.stream().map(l -> l + "\n").collect(Collectors.joining());
  }

  private static String queryOne(TestDatabase db, String sql) {
    List<String> all = queryAll(db, sql);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static List<String> queryAll(TestDatabase db, String sql) {
    try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
