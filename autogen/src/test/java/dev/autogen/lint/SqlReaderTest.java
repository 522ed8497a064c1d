package dev.autogen.lint;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements read into the ops they perform; comments, literals and quoted names do not confuse the split. */
class SqlReaderTest {

  @Test
  void splitsStatementsOutsideLiteralsCommentsAndDollarQuotes() {
    List<SqlReader.Reading> readings = SqlReader.read("""
        -- a comment; with a semicolon
        SET LOCAL lock_timeout TO '3s';
        INSERT INTO notes VALUES ('a;b', $$c;d$$); /* ; */
        UPDATE "Users" AS u SET "Email" = 'x;y', (a, b) = (1, 2) WHERE u.id = 1;
        """);

    assertThat(readings).containsExactly(
        new SqlReader.LockTimeout(true, false),
        new SqlReader.Other("INSERT INTO notes VALUES ('a;b', $$c;d$$)"),
        new SqlReader.Backfill(null, "Users", List.of("Email", "a", "b")));
  }

  @Test
  void readsCreateTableWithInlineAndTableConstraints() {
    List<SqlReader.Reading> readings = SqlReader.read("""
        CREATE TABLE IF NOT EXISTS app.orders (
          id bigserial PRIMARY KEY,
          user_id bigint NOT NULL CONSTRAINT fk_user REFERENCES users (id) ON DELETE CASCADE,
          amount numeric(10, 2) DEFAULT 0 NOT NULL,
          placed_at timestamp(6) with time zone DEFAULT now(),
          CONSTRAINT amount_positive CHECK (amount > 0)
        )""");

    Op.CreateTable create = (Op.CreateTable) ((SqlReader.Ops) readings.get(0)).ops().get(0);
    assertThat(create.schema()).isEqualTo("app");
    Table t = create.table();
    assertThat(t.columns()).containsExactly(
        column("id", bigint()).notNull().defaultValue("nextval('id_seq'::regclass)"),
        column("user_id", bigint()).notNull(),
        column("amount", type("numeric(10, 2)")).notNull().defaultValue("0"),
        column("placed_at", type("timestamp(6) with time zone")).defaultValue("now()"));
    assertThat(t.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
    assertThat(t.foreignKeys()).containsExactly(new ForeignKey("fk_user", List.of("user_id"), null, "users", List.of("id"),
        null, null, false, false));
    assertThat(t.checkConstraints()).containsExactly(new CheckConstraint("amount_positive", "amount > 0"));
  }

  @Test
  void readsAlterTableActions() {
    List<SqlReader.Reading> readings = SqlReader.read("ALTER TABLE ONLY public.users"
        + " ADD COLUMN IF NOT EXISTS age integer,"
        + " ALTER COLUMN email TYPE varchar(320) USING trim(email),"
        + " ALTER name SET NOT NULL,"
        + " ADD CONSTRAINT fk_team FOREIGN KEY (team_id) REFERENCES teams NOT VALID,"
        + " DROP CONSTRAINT IF EXISTS users_old_key,"
        + " VALIDATE CONSTRAINT fk_other");

    assertThat(readings).containsExactly(new SqlReader.Ops(List.of(
        new Op.AddColumn("public", "users", column("age", type("integer"))),
        new Op.AlterColumn("public", "users", "email", Change.to(type("varchar(320)")), "trim(email)", null, null, null,
            null),
        new Op.AlterColumn("public", "users", "name", null, null, Change.to(false), null, null, null),
        new Op.AddForeignKey("public", "users", new ForeignKey("fk_team", List.of("team_id"), null, "teams",
            List.of("team_id"), null, null, false, false), true),
        new Op.DropConstraint("public", "users", "users_old_key", null),
        new Op.ValidateConstraint("public", "users", "fk_other"))));
  }

  @Test
  void readsIndexesAndTypes() {
    List<SqlReader.Reading> readings = SqlReader.read("CREATE UNIQUE INDEX CONCURRENTLY ix ON users USING btree"
        + " (tenant_id, lower(email) DESC) INCLUDE (name) WHERE deleted_at IS NULL;"
        + " DROP INDEX CONCURRENTLY IF EXISTS a, b;"
        + " CREATE TYPE mood AS ENUM ('sad', 'happy'); ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy'");

    Index index = new Index("ix", "users", List.of(IndexElement.column("tenant_id"), IndexElement.expression("lower(email) DESC")),
        true, "deleted_at IS NULL", List.of("name"), "btree");
    assertThat(readings).containsExactly(
        new SqlReader.Ops(List.of(new Op.CreateIndex(null, index, true))),
        new SqlReader.Ops(List.of(new Op.DropIndex(null, "a", null, true), new Op.DropIndex(null, "b", null, true))),
        new SqlReader.Ops(List.of(new Op.CreateEnumType(null, new dev.autogen.runtime.schema.EnumType("mood",
            List.of("sad", "happy")))))
        , new SqlReader.Ops(List.of(new Op.AddEnumValue(null, "mood", "ok", "happy", null))));
  }

  @Test
  void whatItCannotReadIsUnreadAndHarmlessStatementsAreOther() {
    assertThat(SqlReader.read("ALTER TABLE users ADD COLUMN a text, OWNER TO bob")).containsExactly(
        new SqlReader.Ops(List.of(new Op.AddColumn(null, "users", column("a", type("text"))))),
        new SqlReader.Unread("ALTER TABLE users ADD COLUMN a text, OWNER TO bob"));
    assertThat(SqlReader.read("TRUNCATE users")).containsExactly(new SqlReader.Unread("TRUNCATE users"));
    assertThat(SqlReader.read("CREATE OR REPLACE VIEW v AS SELECT 1")).containsExactly(
        new SqlReader.Other("CREATE OR REPLACE VIEW v AS SELECT 1"));
    assertThat(SqlReader.read("SET lock_timeout = 0")).containsExactly(new SqlReader.LockTimeout(false, true));
  }
}
