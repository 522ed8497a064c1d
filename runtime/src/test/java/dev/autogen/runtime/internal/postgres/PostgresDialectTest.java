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
import static dev.autogen.runtime.schema.Ddl.type;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.dialect.SqlStatement;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.ColumnChanges;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Golden SQL for every op and option: the exact text PostgreSQL receives. */
class PostgresDialectTest {
  private final PostgresDialect dialect = new PostgresDialect();

  /** The statements of an op, each followed by a semicolon and a line break, as a script shows them. */
  private String sql(Op op) {
    return dialect.toSql(op).stream().map(s -> s.sql() + ";\n").collect(Collectors.joining());
  }

  private static ColumnChanges alter() {
    return ColumnChanges.alter();
  }

  @Nested
  class NameAndUrls {
    @Test
    void name_and_service_registration() {
      assertThat(dialect.name()).isEqualTo("postgresql");
      assertThat(Dialects.forUrl("jdbc:postgresql://localhost:5432/app")).isInstanceOf(PostgresDialect.class);
      assertThat(Dialects.named("postgresql")).isInstanceOf(PostgresDialect.class);
    }

    @Test
    void accepts_only_postgresql_urls() {
      assertThat(dialect.accepts("jdbc:postgresql://localhost/app")).isTrue();
      assertThat(dialect.accepts("jdbc:postgresql:app")).isTrue();
      assertThat(dialect.accepts("jdbc:mysql://localhost/app")).isFalse();
      assertThat(dialect.accepts("postgresql://localhost/app")).isFalse();
      assertThat(dialect.accepts(null)).isFalse();
    }
  }

  @Nested
  class Quoting {
    @Test
    void quotes_every_identifier() {
      assertThat(dialect.quote("user")).isEqualTo("\"user\"");
      assertThat(dialect.quote("order")).isEqualTo("\"order\"");
      assertThat(dialect.quote("a\"b")).isEqualTo("\"a\"\"b\"");
      assertThat(dialect.quote("with space")).isEqualTo("\"with space\"");
      assertThat(dialect.quote("MixedCase")).isEqualTo("\"MixedCase\"");
    }

    @Test
    void qualifies_with_the_schema_when_given() {
      assertThat(dialect.qualify(null, "user")).isEqualTo("\"user\"");
      assertThat(dialect.qualify("my schema", "order")).isEqualTo("\"my schema\".\"order\"");
    }

    @Test
    void keyword_quote_and_space_names_in_statements() {
      Op op = new Op.CreateTable(null, Table.of("user", List.of(
          column("order", integer()),
          column("a\"b", text()),
          column("with space", text()),
          primaryKey("order"))));
      assertThat(sql(op)).isEqualTo("""
          CREATE TABLE "user" (
            "order" integer,
            "a""b" text,
            "with space" text,
            PRIMARY KEY ("order")
          );
          """);
      assertThat(sql(new Op.RenameColumn(null, "order", "with space", "a\"b"))).isEqualTo("""
          ALTER TABLE "order" RENAME COLUMN "with space" TO "a""b";
          """);
    }
  }

  @Nested
  class Literals {
    @Test
    void null_numbers_and_booleans() {
      assertThat(dialect.literal(null)).isEqualTo("NULL");
      assertThat(dialect.literal(42)).isEqualTo("42");
      assertThat(dialect.literal(-7L)).isEqualTo("-7");
      assertThat(dialect.literal(new BigDecimal("1E+3"))).isEqualTo("1000");
      assertThat(dialect.literal(new BigDecimal("12.50"))).isEqualTo("12.50");
      assertThat(dialect.literal(1.5d)).isEqualTo("1.5");
      assertThat(dialect.literal(Double.NaN)).isEqualTo("'NaN'");
      assertThat(dialect.literal(Double.NEGATIVE_INFINITY)).isEqualTo("'-Infinity'");
      assertThat(dialect.literal(true)).isEqualTo("TRUE");
      assertThat(dialect.literal(false)).isEqualTo("FALSE");
    }

    @Test
    void strings_double_their_quotes() {
      assertThat(dialect.literal("it's")).isEqualTo("'it''s'");
      assertThat(dialect.literal("")).isEqualTo("''");
      assertThat(dialect.literal("back\\slash")).isEqualTo("'back\\slash'");
      assertThat(dialect.literal('x')).isEqualTo("'x'");
    }

    @Test
    void time_uuid_and_bytes() {
      assertThat(dialect.literal(LocalDate.of(2026, 11, 24))).isEqualTo("'2026-11-24'");
      assertThat(dialect.literal(LocalDateTime.of(2026, 11, 24, 9, 30))).isEqualTo("'2026-11-24T09:30'");
      assertThat(dialect.literal(OffsetDateTime.of(2026, 11, 24, 9, 30, 5, 0, ZoneOffset.ofHours(2))))
          .isEqualTo("'2026-11-24T09:30:05+02:00'");
      assertThat(dialect.literal(Instant.parse("2026-11-24T09:30:00Z"))).isEqualTo("'2026-11-24T09:30:00Z'");
      assertThat(dialect.literal(UUID.fromString("4f1c0000-0000-0000-0000-00000000a9e2")))
          .isEqualTo("'4f1c0000-0000-0000-0000-00000000a9e2'");
      assertThat(dialect.literal(new byte[] {(byte) 0xde, (byte) 0xad, 0x01})).isEqualTo("'\\xdead01'::bytea");
      assertThat(dialect.literal(new byte[0])).isEqualTo("'\\x'::bytea");
    }

    @Test
    void unknown_values_are_refused() {
      assertThatThrownBy(() -> dialect.literal(new Object()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("java.lang.Object");
    }

    @Test
    void script_inlines_parameters_outside_strings() {
      SqlStatement s = new SqlStatement("UPDATE t SET a = ?, b = '?' WHERE c = ?", List.of("it's", 3), true);
      assertThat(dialect.toScript(s)).isEqualTo("UPDATE t SET a = 'it''s', b = '?' WHERE c = 3;");
    }
  }

  @Nested
  class Tables {
    @Test
    void create_table_with_every_part() {
      Table users = Table.of("users", List.of(
          column("id", bigint()).generatedAlwaysAsIdentity(),
          column("email", varchar(320)).notNull().comment("login; unique"),
          column("role", text()).notNull().defaultValue("'member'::text"),
          column("created_at", timestamptz()).notNull().defaultValue("now()"),
          column("email_lower", text()).generatedAs("lower((email)::text)"),
          column("team_id", bigint()),
          primaryKey("users_pkey", List.of("id")),
          unique("users_email_key", List.of("email")),
          unique("users_team_role_key", List.of("team_id", "role")).withNullsNotDistinct(),
          check("users_role_check", "role <> ''::text"),
          foreignKey("users_team_id_fkey", List.of("team_id"), "teams", List.of("id"))
              .onDelete(ForeignKey.Action.SET_NULL),
          comment("people who log in")));
      assertThat(sql(new Op.CreateTable(null, users))).isEqualTo("""
          CREATE TABLE "users" (
            "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
            "email" character varying(320) NOT NULL,
            "role" text DEFAULT 'member'::text NOT NULL,
            "created_at" timestamp with time zone DEFAULT now() NOT NULL,
            "email_lower" text GENERATED ALWAYS AS (lower((email)::text)) STORED,
            "team_id" bigint,
            CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "users_email_key" UNIQUE ("email"),
            CONSTRAINT "users_team_role_key" UNIQUE NULLS NOT DISTINCT ("team_id", "role"),
            CONSTRAINT "users_role_check" CHECK (role <> ''::text),
            CONSTRAINT "users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL
          );
          COMMENT ON TABLE "users" IS 'people who log in';
          COMMENT ON COLUMN "users"."email" IS 'login; unique';
          """);
    }

    @Test
    void create_table_in_a_schema_with_unnamed_constraints_and_identity_options() {
      Table t = Table.of("order", List.of(
          column("id", integer()).identity(new Identity(Identity.Generation.BY_DEFAULT, 100L, 5L)),
          column("user_id", integer()).notNull(),
          column("note", text()).comment("it's free text"),
          primaryKey("id"),
          unique("user_id", "note"),
          check(null, "id > 0"),
          foreignKey("user_id", "user", "id")));
      assertThat(sql(new Op.CreateTable("shop", t))).isEqualTo("""
          CREATE TABLE "shop"."order" (
            "id" integer GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 5) NOT NULL,
            "user_id" integer NOT NULL,
            "note" text,
            PRIMARY KEY ("id"),
            UNIQUE ("user_id", "note"),
            CHECK (id > 0),
            FOREIGN KEY ("user_id") REFERENCES "shop"."user" ("id")
          );
          COMMENT ON COLUMN "shop"."order"."note" IS 'it''s free text';
          """);
    }

    @Test
    void foreign_key_to_another_schema_with_every_option() {
      Table t = Table.of("a", List.of(
          column("b_id", integer()),
          foreignKey("a_b_fkey", List.of("b_id"), "b", List.of("id"))
              .referencingSchema("other")
              .onDelete(ForeignKey.Action.CASCADE)
              .onUpdate(ForeignKey.Action.RESTRICT)
              .deferrable(true)));
      assertThat(sql(new Op.CreateTable("app", t))).isEqualTo("""
          CREATE TABLE "app"."a" (
            "b_id" integer,
            CONSTRAINT "a_b_fkey" FOREIGN KEY ("b_id") REFERENCES "other"."b" ("id") ON DELETE CASCADE ON UPDATE RESTRICT DEFERRABLE INITIALLY DEFERRED
          );
          """);
    }

    @Test
    void drop_and_rename_table() {
      assertThat(sql(new Op.DropTable(null, "user", null))).isEqualTo("""
          DROP TABLE "user";
          """);
      assertThat(sql(new Op.DropTable("s", "order", null))).isEqualTo("""
          DROP TABLE "s"."order";
          """);
      assertThat(sql(new Op.RenameTable("s", "user", "app user"))).isEqualTo("""
          ALTER TABLE "s"."user" RENAME TO "app user";
          """);
    }

    @Test
    void table_comment_set_and_removed() {
      assertThat(sql(new Op.SetTableComment(null, "user", Change.of(null, "who's who")))).isEqualTo("""
          COMMENT ON TABLE "user" IS 'who''s who';
          """);
      assertThat(sql(new Op.SetTableComment("s", "user", Change.to(null)))).isEqualTo("""
          COMMENT ON TABLE "s"."user" IS NULL;
          """);
    }
  }

  @Nested
  class Columns {
    @Test
    void add_column() {
      assertThat(sql(new Op.AddColumn(null, "team_members", column("linkedin_url", varchar(255))))).isEqualTo("""
          ALTER TABLE "team_members" ADD COLUMN "linkedin_url" character varying(255);
          """);
      assertThat(sql(new Op.AddColumn("s", "user", column("level", integer()).notNull().defaultValue("0")
          .comment("0 = new")))).isEqualTo("""
          ALTER TABLE "s"."user" ADD COLUMN "level" integer DEFAULT 0 NOT NULL;
          COMMENT ON COLUMN "s"."user"."level" IS '0 = new';
          """);
      assertThat(sql(new Op.AddColumn(null, "t", column("id", bigint()).generatedByDefaultAsIdentity()))).isEqualTo("""
          ALTER TABLE "t" ADD COLUMN "id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL;
          """);
      assertThat(sql(new Op.AddColumn(null, "t", column("total", integer()).generatedAs("a + b")))).isEqualTo("""
          ALTER TABLE "t" ADD COLUMN "total" integer GENERATED ALWAYS AS (a + b) STORED;
          """);
    }

    @Test
    void drop_and_rename_column() {
      assertThat(sql(new Op.DropColumn(null, "user", "with space", null))).isEqualTo("""
          ALTER TABLE "user" DROP COLUMN "with space";
          """);
      assertThat(sql(new Op.RenameColumn("s", "user", "name", "full name"))).isEqualTo("""
          ALTER TABLE "s"."user" RENAME COLUMN "name" TO "full name";
          """);
    }

    @Test
    void alter_column_type_with_and_without_using() {
      assertThat(sql(alter().type(varchar(255), varchar(320)).toOp(null, "user", "email"))).isEqualTo("""
          ALTER TABLE "user" ALTER COLUMN "email" TYPE character varying(320);
          """);
      assertThat(sql(alter().type(integer()).using("\"age\"::integer").toOp("s", "user", "age"))).isEqualTo("""
          ALTER TABLE "s"."user" ALTER COLUMN "age" TYPE integer USING "age"::integer;
          """);
    }

    @Test
    void alter_column_nullability() {
      assertThat(sql(alter().setNotNull().toOp(null, "t", "c"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "c" SET NOT NULL;
          """);
      assertThat(sql(alter().nullable(false, true).toOp(null, "t", "c"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "c" DROP NOT NULL;
          """);
    }

    @Test
    void alter_column_default() {
      assertThat(sql(alter().defaultValue("'x'::text").toOp(null, "t", "c"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "c" SET DEFAULT 'x'::text;
          """);
      assertThat(sql(alter().dropDefault().toOp(null, "t", "c"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "c" DROP DEFAULT;
          """);
      assertThat(sql(alter().defaultValue("0", null).toOp(null, "t", "c"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "c" DROP DEFAULT;
          """);
    }

    @Test
    void alter_column_identity() {
      assertThat(sql(alter().identity(null, Identity.always()).toOp(null, "t", "id"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "id" ADD GENERATED ALWAYS AS IDENTITY;
          """);
      assertThat(sql(alter().identity(new Identity(Identity.Generation.BY_DEFAULT, 10L, 2L)).toOp(null, "t", "id")))
          .isEqualTo("""
              ALTER TABLE "t" ALTER COLUMN "id" ADD GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 2);
              """);
      assertThat(sql(alter().identity(Identity.always(), null).toOp(null, "t", "id"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "id" DROP IDENTITY;
          """);
      assertThat(sql(alter().identity(Identity.always(), Identity.byDefault()).toOp(null, "t", "id"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "id" SET GENERATED BY DEFAULT;
          """);
      assertThat(sql(alter().identity(Identity.always(), new Identity(Identity.Generation.BY_DEFAULT, 50L, 3L))
          .toOp(null, "t", "id"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "id" SET GENERATED BY DEFAULT SET START WITH 50 SET INCREMENT BY 3;
          """);
    }

    @Test
    void alter_column_comment() {
      assertThat(sql(alter().comment("it's here").toOp("s", "user", "with space"))).isEqualTo("""
          COMMENT ON COLUMN "s"."user"."with space" IS 'it''s here';
          """);
      assertThat(sql(alter().comment("old", null).toOp(null, "user", "c"))).isEqualTo("""
          COMMENT ON COLUMN "user"."c" IS NULL;
          """);
    }

    @Test
    void alter_column_orders_changes_so_each_is_legal() {
      // Identity and old default go first, NOT NULL precedes an added identity, DROP NOT NULL comes last.
      Op op = alter()
          .type(text(), integer()).using("c::integer")
          .defaultValue("'0'::text", "0")
          .nullable(true, false)
          .comment(null, "count")
          .toOp(null, "t", "c");
      assertThat(sql(op)).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "c" DROP DEFAULT;
          ALTER TABLE "t" ALTER COLUMN "c" TYPE integer USING c::integer;
          ALTER TABLE "t" ALTER COLUMN "c" SET DEFAULT 0;
          ALTER TABLE "t" ALTER COLUMN "c" SET NOT NULL;
          COMMENT ON COLUMN "t"."c" IS 'count';
          """);
      assertThat(sql(op.reverse())).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "c" DROP DEFAULT;
          ALTER TABLE "t" ALTER COLUMN "c" TYPE text;
          ALTER TABLE "t" ALTER COLUMN "c" SET DEFAULT '0'::text;
          ALTER TABLE "t" ALTER COLUMN "c" DROP NOT NULL;
          COMMENT ON COLUMN "t"."c" IS NULL;
          """);
      Op identity = alter().nullable(true, false).identity(null, Identity.byDefault()).toOp(null, "t", "id");
      assertThat(sql(identity)).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "id" SET NOT NULL;
          ALTER TABLE "t" ALTER COLUMN "id" ADD GENERATED BY DEFAULT AS IDENTITY;
          """);
      assertThat(sql(identity.reverse())).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "id" DROP IDENTITY;
          ALTER TABLE "t" ALTER COLUMN "id" DROP NOT NULL;
          """);
    }

    @Test
    void alter_column_leaves_out_changes_that_change_nothing() {
      assertThat(sql(alter().nullable(false, false).defaultValue("1", "2").toOp(null, "t", "c"))).isEqualTo("""
          ALTER TABLE "t" ALTER COLUMN "c" SET DEFAULT 2;
          """);
    }
  }

  @Nested
  class Indexes {
    @Test
    void create_index_plain_and_unique() {
      assertThat(sql(new Op.CreateIndex(null, index("ix_user_email", "user", "email"), false))).isEqualTo("""
          CREATE INDEX "ix_user_email" ON "user" ("email");
          """);
      assertThat(sql(new Op.CreateIndex("s", index("ux", "order", "a", "with space").asUnique(), false))).isEqualTo("""
          CREATE UNIQUE INDEX "ux" ON "s"."order" ("a", "with space");
          """);
    }

    @Test
    void create_index_with_every_option() {
      var ix = index("ix_full", "user",
              IndexElement.column("team_id"),
              desc("created_at").nulls(IndexElement.Nulls.LAST),
              IndexElement.column("rank").nulls(IndexElement.Nulls.FIRST),
              expr("lower((email)::text)"))
          .asUnique()
          .include("name", "with space")
          .where("(deleted_at IS NULL)")
          .using("btree");
      assertThat(sql(new Op.CreateIndex(null, ix, false))).isEqualTo("""
          CREATE UNIQUE INDEX "ix_full" ON "user" USING "btree" ("team_id", "created_at" DESC NULLS LAST, "rank" NULLS FIRST, (lower((email)::text))) INCLUDE ("name", "with space") WHERE (deleted_at IS NULL);
          """);
      assertThat(sql(new Op.CreateIndex(null, index("ix_tags", "posts", "tags").using("gin"), false))).isEqualTo("""
          CREATE INDEX "ix_tags" ON "posts" USING "gin" ("tags");
          """);
    }

    @Test
    void concurrently_is_not_transactional() {
      Op create = new Op.CreateIndex("s", index("ix", "user", "email"), true);
      assertThat(sql(create)).isEqualTo("""
          CREATE INDEX CONCURRENTLY "ix" ON "s"."user" ("email");
          """);
      assertThat(dialect.toSql(create)).extracting(SqlStatement::transactional).containsExactly(false);
      assertThat(sql(create.reverse())).isEqualTo("""
          DROP INDEX CONCURRENTLY "s"."ix";
          """);
      assertThat(dialect.toSql(create.reverse())).extracting(SqlStatement::transactional).containsExactly(false);
      assertThat(dialect.toSql(new Op.CreateIndex(null, index("ix", "t", "c"), false)))
          .extracting(SqlStatement::transactional).containsExactly(true);
    }

    @Test
    void drop_index() {
      assertThat(sql(new Op.DropIndex(null, "ix user", null, false))).isEqualTo("""
          DROP INDEX "ix user";
          """);
      assertThat(dialect.toSql(new Op.DropIndex(null, "ix", null, false)))
          .extracting(SqlStatement::transactional).containsExactly(true);
    }
  }

  @Nested
  class Constraints {
    @Test
    void add_primary_key() {
      assertThat(sql(new Op.AddPrimaryKey(null, "user", primaryKey("user_pkey", List.of("id", "team id")))))
          .isEqualTo("""
              ALTER TABLE "user" ADD CONSTRAINT "user_pkey" PRIMARY KEY ("id", "team id");
              """);
      assertThat(sql(new Op.AddPrimaryKey("s", "t", primaryKey("id")))).isEqualTo("""
          ALTER TABLE "s"."t" ADD PRIMARY KEY ("id");
          """);
    }

    @Test
    void add_unique() {
      assertThat(sql(new Op.AddUniqueConstraint(null, "user", unique("user_email_key", List.of("email")))))
          .isEqualTo("""
              ALTER TABLE "user" ADD CONSTRAINT "user_email_key" UNIQUE ("email");
              """);
      assertThat(sql(new Op.AddUniqueConstraint(null, "t", unique("t_a_b", List.of("a", "b")).withNullsNotDistinct())))
          .isEqualTo("""
              ALTER TABLE "t" ADD CONSTRAINT "t_a_b" UNIQUE NULLS NOT DISTINCT ("a", "b");
              """);
    }

    @Test
    void add_foreign_key_with_every_option() {
      ForeignKey plain = foreignKey("order_user_fkey", List.of("user_id"), "user", List.of("id"));
      assertThat(sql(new Op.AddForeignKey(null, "order", plain, false))).isEqualTo("""
          ALTER TABLE "order" ADD CONSTRAINT "order_user_fkey" FOREIGN KEY ("user_id") REFERENCES "user" ("id");
          """);
      ForeignKey full = foreignKey("fk", List.of("a", "b"), "parent", List.of("x", "y"))
          .onDelete(ForeignKey.Action.SET_DEFAULT)
          .onUpdate(ForeignKey.Action.CASCADE)
          .deferrable(false);
      assertThat(sql(new Op.AddForeignKey("s", "child", full, true))).isEqualTo("""
          ALTER TABLE "s"."child" ADD CONSTRAINT "fk" FOREIGN KEY ("a", "b") REFERENCES "s"."parent" ("x", "y") ON DELETE SET DEFAULT ON UPDATE CASCADE DEFERRABLE INITIALLY IMMEDIATE NOT VALID;
          """);
      ForeignKey deferred = plain.onDelete(ForeignKey.Action.RESTRICT).deferrable(true);
      assertThat(sql(new Op.AddForeignKey(null, "order", deferred, false))).isEqualTo("""
          ALTER TABLE "order" ADD CONSTRAINT "order_user_fkey" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;
          """);
    }

    @Test
    void add_check_validate_and_drop() {
      assertThat(sql(new Op.AddCheckConstraint(null, "user", check("age_positive", "age > 0"), false))).isEqualTo("""
          ALTER TABLE "user" ADD CONSTRAINT "age_positive" CHECK (age > 0);
          """);
      assertThat(sql(new Op.AddCheckConstraint(null, "user", check("age_positive", "age > 0"), true))).isEqualTo("""
          ALTER TABLE "user" ADD CONSTRAINT "age_positive" CHECK (age > 0) NOT VALID;
          """);
      assertThat(sql(new Op.ValidateConstraint("s", "user", "age_positive"))).isEqualTo("""
          ALTER TABLE "s"."user" VALIDATE CONSTRAINT "age_positive";
          """);
      assertThat(sql(new Op.DropConstraint(null, "user", "it's \"x\"", null))).isEqualTo("""
          ALTER TABLE "user" DROP CONSTRAINT "it's ""x""\";
          """);
    }
  }

  @Nested
  class Sequences {
    @Test
    void create_sequence_plain_and_with_every_option() {
      assertThat(sql(new Op.CreateSequence(null, sequence("order_seq")))).isEqualTo("""
          CREATE SEQUENCE "order_seq";
          """);
      var full = sequence("user seq").as("integer").incrementBy(5).minValue(10).maxValue(1000).startWith(20)
          .cache(10).cycling();
      assertThat(sql(new Op.CreateSequence("s", full))).isEqualTo("""
          CREATE SEQUENCE "s"."user seq" AS integer INCREMENT BY 5 MINVALUE 10 MAXVALUE 1000 START WITH 20 CACHE 10 CYCLE;
          """);
    }

    @Test
    void alter_sequence_sets_only_what_differs() {
      var from = sequence("seq").incrementBy(1).maxValue(100).cache(1);
      var to = sequence("seq").incrementBy(2).maxValue(100).cache(20).cycling();
      assertThat(sql(new Op.AlterSequence(null, from, to))).isEqualTo("""
          ALTER SEQUENCE "seq" INCREMENT BY 2 CACHE 20 CYCLE;
          """);
      assertThat(sql(new Op.AlterSequence(null, from, to).reverse())).isEqualTo("""
          ALTER SEQUENCE "seq" INCREMENT BY 1 CACHE 1 NO CYCLE;
          """);
      assertThat(sql(new Op.AlterSequence(null, from, from))).isEmpty();
    }

    @Test
    void alter_sequence_back_to_defaults() {
      var from = sequence("seq").as("integer").incrementBy(3).minValue(5).maxValue(50).startWith(7).cache(4);
      assertThat(sql(new Op.AlterSequence("s", from, sequence("seq")))).isEqualTo("""
          ALTER SEQUENCE "s"."seq" AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1;
          """);
      var descending = sequence("seq").incrementBy(-1).maxValue(-10);
      assertThat(sql(new Op.AlterSequence(null, descending.startWith(-20), descending))).isEqualTo("""
          ALTER SEQUENCE "seq" START WITH -10;
          """);
      assertThat(sql(new Op.AlterSequence(null, sequence("seq"), sequence("seq").incrementBy(-1)))).isEqualTo("""
          ALTER SEQUENCE "seq" INCREMENT BY -1 NO MINVALUE NO MAXVALUE START WITH -1;
          """);
      assertThat(sql(new Op.AlterSequence(null, sequence("seq").incrementBy(-1), sequence("seq").minValue(0))))
          .isEqualTo("""
              ALTER SEQUENCE "seq" INCREMENT BY 1 MINVALUE 0 NO MAXVALUE START WITH 0;
              """);
    }

    @Test
    void alter_sequence_without_from_sets_every_option_given() {
      assertThat(sql(new Op.AlterSequence(null, null, sequence("seq").incrementBy(10).maxValue(99).cycling())))
          .isEqualTo("""
              ALTER SEQUENCE "seq" INCREMENT BY 10 MAXVALUE 99 CYCLE;
              """);
    }

    @Test
    void alter_sequence_renamed() {
      assertThat(sql(new Op.AlterSequence(null, sequence("a").cache(2), sequence("b").cache(2)))).isEqualTo("""
          ALTER SEQUENCE "a" RENAME TO "b";
          """);
    }

    @Test
    void drop_sequence() {
      assertThat(sql(new Op.DropSequence("s", "order_seq", null))).isEqualTo("""
          DROP SEQUENCE "s"."order_seq";
          """);
    }
  }

  @Nested
  class EnumTypes {
    @Test
    void create_and_drop() {
      assertThat(sql(new Op.CreateEnumType(null, enumType("mood", "sad", "it's ok", "happy")))).isEqualTo("""
          CREATE TYPE "mood" AS ENUM ('sad', 'it''s ok', 'happy');
          """);
      assertThat(sql(new Op.DropEnumType("s", "user role", null))).isEqualTo("""
          DROP TYPE "s"."user role";
          """);
    }

    @Test
    void add_value_at_the_end_before_and_after() {
      assertThat(sql(new Op.AddEnumValue(null, "mood", "meh", null, null))).isEqualTo("""
          ALTER TYPE "mood" ADD VALUE 'meh';
          """);
      assertThat(sql(new Op.AddEnumValue("s", "mood", "meh", "happy", null))).isEqualTo("""
          ALTER TYPE "s"."mood" ADD VALUE 'meh' BEFORE 'happy';
          """);
      assertThat(sql(new Op.AddEnumValue(null, "mood", "it's", null, "sad"))).isEqualTo("""
          ALTER TYPE "mood" ADD VALUE 'it''s' AFTER 'sad';
          """);
      assertThatThrownBy(() -> dialect.toSql(new Op.AddEnumValue(null, "mood", "x", "a", "b")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("both BEFORE and AFTER");
    }
  }

  @Nested
  class Data {
    @Test
    void execute_passes_sql_and_parameters_as_is() {
      List<SqlStatement> statements = dialect.toSql(new Op.Execute("UPDATE users SET role = ? WHERE id = ?",
          List.of("admin", 7), null));
      assertThat(statements).containsExactly(
          new SqlStatement("UPDATE users SET role = ? WHERE id = ?", List.of("admin", 7), true));
    }

    @Test
    void bulk_insert_is_one_statement_with_parameters() {
      Op op = new Op.BulkInsert(null, "user", List.of("id", "full name"),
          List.of(List.of(1, "Ada"), Arrays.asList(2, null)));
      List<SqlStatement> statements = dialect.toSql(op);
      assertThat(sql(op)).isEqualTo("""
          INSERT INTO "user" ("id", "full name") VALUES (?, ?), (?, ?);
          """);
      assertThat(statements.get(0).parameters()).containsExactly(1, "Ada", 2, null);
      assertThat(dialect.toScript(statements.get(0)))
          .isEqualTo("INSERT INTO \"user\" (\"id\", \"full name\") VALUES (1, 'Ada'), (2, NULL);");
    }

    @Test
    void bulk_insert_splits_into_chunks_of_at_most_1000_rows() {
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < 2001; i++) {
        rows.add(List.of(i));
      }
      List<SqlStatement> statements = dialect.toSql(new Op.BulkInsert("s", "t", List.of("n"), rows));
      assertThat(statements).hasSize(3);
      assertThat(statements.get(0).parameters()).hasSize(1000).startsWith(0, 1);
      assertThat(statements.get(1).parameters()).hasSize(1000).startsWith(1000);
      assertThat(statements.get(2).parameters()).containsExactly(2000);
      assertThat(statements.get(2).sql()).isEqualTo("INSERT INTO \"s\".\"t\" (\"n\") VALUES (?)");
      assertThat(statements.get(0).sql()).startsWith("INSERT INTO \"s\".\"t\" (\"n\") VALUES (?), (?), ")
          .endsWith("(?), (?)");
    }

    @Test
    void bulk_insert_keeps_under_the_driver_parameter_limit() {
      List<String> columns = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        columns.add("c" + i);
      }
      List<List<Object>> rows = new ArrayList<>();
      for (int r = 0; r < 400; r++) {
        rows.add(new ArrayList<>(java.util.Collections.nCopies(100, r)));
      }
      List<SqlStatement> statements = dialect.toSql(new Op.BulkInsert(null, "wide", columns, rows));
      assertThat(statements).extracting(s -> s.parameters().size()).containsExactly(32700, 7300);
    }

    @Test
    void bulk_insert_of_no_rows_is_no_statement() {
      assertThat(dialect.toSql(new Op.BulkInsert(null, "t", List.of("a"), List.of()))).isEmpty();
    }
  }
}
