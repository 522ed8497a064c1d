package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.TestMigrations.D2UsesConnection;
import dev.autogen.runtime.TestMigrations.I2Concurrent;
import dev.autogen.runtime.TestMigrations.R1;
import dev.autogen.runtime.TestMigrations.R2;
import dev.autogen.runtime.TestMigrations.R3;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --sql}: upgrade and downgrade ranges written as scripts without a connection. */
@PostgresTest
class OfflineSqlTest {
  private static final String USER = System.getProperty("user.name");

  private static final String VERSION_TABLES = """
      CREATE TABLE IF NOT EXISTS "autogen_version" (
        "version_num" varchar(64) NOT NULL PRIMARY KEY
      );
      CREATE TABLE IF NOT EXISTS "autogen_history" (
        "id" bigserial PRIMARY KEY,
        "revision" varchar(64) NOT NULL,
        "direction" varchar(9) NOT NULL CHECK ("direction" IN ('upgrade', 'downgrade', 'stamp')),
        "checksum" varchar(128),
        "message" text,
        "applied_at" timestamptz NOT NULL DEFAULT now(),
        "duration_ms" bigint,
        "applied_by" text,
        "heads_after" text NOT NULL
      );
      """;

  /** No database anywhere: the scripts need none. */
  private static Autogen offline(Migration... migrations) {
    return Autogen.configure().migrations(List.of(migrations)).build();
  }

  /** The golden text with the checksums and the OS user of this run put in. */
  private static String golden(String text, Migration... migrations) {
    String out = VERSION_TABLES + text;
    for (Migration m : migrations) {
      String name = m.getClass().getSimpleName();
      out = out.replace("{" + name + "}", LoadedMigration.checksum(m));
    }
    return out.replace("{user}", USER);
  }

  @Test
  void upgrade_from_base_with_a_migration_outside_a_transaction() {
    String script = offline(new R1(), new R2(), new I2Concurrent()).upgradeSql("i2");
    assertThat(script).isEqualTo("""
        -- autogen upgrade i2
        -- 2 migrations, generated without a database connection

        """ + golden("""

        -- upgrade r1: create users
        BEGIN;
        CREATE TABLE "users" (
          "id" bigint NOT NULL,
          "name" text,
          PRIMARY KEY ("id")
        );
        INSERT INTO "autogen_version" ("version_num") VALUES ('r1');
        INSERT INTO "autogen_history" ("revision", "direction", "checksum", "message", "duration_ms", "applied_by", "heads_after") VALUES ('r1', 'upgrade', '{R1}', 'create users', NULL, current_user || ' (script by {user})', 'r1');
        COMMIT;

        -- upgrade i2: index users by name (outside a transaction)
        CREATE INDEX CONCURRENTLY "users_name_idx" ON "users" ("name");
        BEGIN;
        UPDATE "autogen_version" SET "version_num" = 'i2' WHERE "version_num" = 'r1';
        INSERT INTO "autogen_history" ("revision", "direction", "checksum", "message", "duration_ms", "applied_by", "heads_after") VALUES ('i2', 'upgrade', '{I2Concurrent}', 'index users by name', NULL, current_user || ' (script by {user})', 'i2');
        COMMIT;
        """, new R1(), new I2Concurrent()));
  }

  @Test
  void downgrade_range() {
    String script = offline(new R1(), new R2(), new R3()).downgradeSql("r3:base");
    assertThat(script).isEqualTo("""
        -- autogen downgrade r3:base
        -- 3 migrations, generated without a database connection

        """ + golden("""

        -- downgrade r3: create order
        BEGIN;
        DROP TABLE "order";
        UPDATE "autogen_version" SET "version_num" = 'r2' WHERE "version_num" = 'r3';
        INSERT INTO "autogen_history" ("revision", "direction", "checksum", "message", "duration_ms", "applied_by", "heads_after") VALUES ('r3', 'downgrade', '{R3}', 'create order', NULL, current_user || ' (script by {user})', 'r2');
        COMMIT;

        -- downgrade r2: add email
        BEGIN;
        ALTER TABLE "users" DROP COLUMN "email";
        UPDATE "autogen_version" SET "version_num" = 'r1' WHERE "version_num" = 'r2';
        INSERT INTO "autogen_history" ("revision", "direction", "checksum", "message", "duration_ms", "applied_by", "heads_after") VALUES ('r2', 'downgrade', '{R2}', 'add email', NULL, current_user || ' (script by {user})', 'r1');
        COMMIT;

        -- downgrade r1: create users
        BEGIN;
        DROP TABLE "users";
        DELETE FROM "autogen_version" WHERE "version_num" = 'r1';
        INSERT INTO "autogen_history" ("revision", "direction", "checksum", "message", "duration_ms", "applied_by", "heads_after") VALUES ('r1', 'downgrade', '{R1}', 'create users', NULL, current_user || ' (script by {user})', '');
        COMMIT;
        """, new R1(), new R2(), new R3()));
  }

  @Test
  void a_schema_qualifies_the_version_tables_and_leads_the_search_path() {
    String script = Autogen.configure().migrations(List.of(new R1(), new R2())).schema("app").versionTable("v")
        .build().upgradeSql("r1:r2");
    assertThat(script).contains("""
        CREATE SCHEMA IF NOT EXISTS "app";
        CREATE TABLE IF NOT EXISTS "app"."v" (
        """).contains("""
        SET search_path TO "app", "$user", public;

        -- upgrade r2: add email
        BEGIN;
        ALTER TABLE "app"."users" ADD COLUMN "email" character varying(255);
        UPDATE "app"."v" SET "version_num" = 'r2' WHERE "version_num" = 'r1';
        INSERT INTO "app"."autogen_history" (""");
  }

  @Test
  void scripts_run_on_a_real_database_do_what_an_online_run_does(TestDatabase db) {
    Autogen autogen = Autogen.configure().url(db.url(), db.user(), db.password())
        .migrations(List.of(new R1(), new R2(), new R3(), new I2Concurrent())).build();
    // Two heads (r3 and i2), so the range names its end.
    runScript(db, autogen.upgradeSql("base:r3"));
    assertThat(autogen.current()).containsExactly("r3");
    assertThat(Rows.of(db, "SELECT id, email FROM users")).isEmpty();
    assertThat(Rows.of(db, "SELECT revision, direction, heads_after, applied_by FROM autogen_history ORDER BY id"))
        .containsExactly(
            "r1|upgrade|r1|" + db.user() + " (script by " + USER + ")",
            "r2|upgrade|r2|" + db.user() + " (script by " + USER + ")",
            "r3|upgrade|r3|" + db.user() + " (script by " + USER + ")");
    // An online run agrees with what the script recorded, checksums included.
    assertThat(autogen.upgrade("r3").nothingToDo()).isTrue();

    runScript(db, autogen.downgradeSql("r3:base"));
    assertThat(autogen.current()).isEmpty();
    assertThat(Rows.tableExists(db, "users")).isFalse();

    runScript(db, autogen.upgradeSql("i2"));
    assertThat(autogen.current()).containsExactly("i2");
    assertThat(Rows.of(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY 1"))
        .containsExactly("users_name_idx", "users_pkey");
  }

  /** Runs a script statement by statement, as psql does (each statement ends a line with a semicolon). */
  private static void runScript(TestDatabase db, String script) {
    try (Connection c = db.connection(); Statement s = c.createStatement()) {
      StringBuilder statement = new StringBuilder();
      for (String line : script.split("\n")) {
        if (line.startsWith("--") || line.isBlank()) {
          continue;
        }
        statement.append(line).append('\n');
        if (line.endsWith(";")) {
          s.execute(statement.toString());
          statement.setLength(0);
        }
      }
      assertThat(statement.toString()).isBlank();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Test
  void a_migration_that_needs_the_connection_is_named() {
    assertThatThrownBy(() -> offline(new R1(), new D2UsesConnection()).upgradeSql("base:d2"))
        .isInstanceOf(AutogenException.class)
        .hasMessage("revision d2 cannot be written as SQL: it works on the JDBC connection (a data migration in Java),"
            + " which an SQL script cannot hold; run it online");
  }

  @Test
  void ranges_are_checked() {
    Autogen autogen = offline(new R1(), new R2());
    assertThatThrownBy(() -> autogen.downgradeSql("r1"))
        .isInstanceOf(AutogenException.class)
        .hasMessage("downgrade --sql needs a range START:END (such as head:base), not 'r1': offline there is no"
            + " database to start from");
    assertThatThrownBy(() -> autogen.upgradeSql("base:r1:r2"))
        .isInstanceOf(AutogenException.class)
        .hasMessage("'base:r1:r2' is not a range; write START:END, such as base:head");
    assertThatThrownBy(() -> autogen.upgradeSql("base:zz"))
        .isInstanceOf(AutogenException.class)
        .hasMessageContaining("zz")
        .hasMessageNotContaining("\n");
    assertThat(autogen.upgradeSql("r2:head")).contains("-- 0 migrations").doesNotContain("BEGIN;");
  }
}
