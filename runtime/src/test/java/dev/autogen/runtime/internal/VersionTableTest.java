package dev.autogen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.dialect.SqlStatement;
import dev.autogen.runtime.internal.postgres.PostgresDialect;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The version and history tables: their SQL, online and in scripts, and creating them safely. */
@PostgresTest
class VersionTableTest {
  private final PostgresDialect dialect = new PostgresDialect();
  private final VersionTable table = new VersionTable(dialect, null, "autogen_version", "autogen_history", "alice");

  private String script(List<SqlStatement> statements) {
    return statements.stream().map(dialect::toScript).collect(Collectors.joining("\n"));
  }

  @Test
  void heads_move_with_an_update_when_one_replaces_another() {
    assertThat(script(table.updateHeads(Set.of("r1"), Set.of("r2"))))
        .isEqualTo("UPDATE \"autogen_version\" SET \"version_num\" = 'r2' WHERE \"version_num\" = 'r1';");
  }

  @Test
  void heads_are_inserted_and_deleted_around_branches_and_merges() {
    assertThat(script(table.updateHeads(Set.of(), Set.of("r1"))))
        .isEqualTo("INSERT INTO \"autogen_version\" (\"version_num\") VALUES ('r1');");
    assertThat(script(table.updateHeads(Set.of("a2"), Set.of("a2", "b2"))))
        .isEqualTo("INSERT INTO \"autogen_version\" (\"version_num\") VALUES ('b2');");
    assertThat(script(table.updateHeads(Set.of("a2", "b2"), Set.of("m3")))).isEqualTo("""
        DELETE FROM "autogen_version" WHERE "version_num" = 'a2';
        DELETE FROM "autogen_version" WHERE "version_num" = 'b2';
        INSERT INTO "autogen_version" ("version_num") VALUES ('m3');""");
    assertThat(script(table.updateHeads(Set.of("r1"), Set.of()))).isEqualTo(
        "DELETE FROM \"autogen_version\" WHERE \"version_num\" = 'r1';");
    assertThat(table.updateHeads(Set.of("r1"), Set.of("r1"))).isEmpty();
  }

  @Test
  void names_are_quoted_and_qualified() {
    VersionTable odd = new VersionTable(dialect, "my \"app\"", "ver sions", "order", "bob");
    assertThat(odd.qualifiedVersionTable()).isEqualTo("\"my \"\"app\"\"\".\"ver sions\"");
    assertThat(odd.qualifiedHistoryTable()).isEqualTo("\"my \"\"app\"\"\".\"order\"");
    assertThat(dialect.toScript(odd.createStatements().get(0))).isEqualTo("CREATE SCHEMA IF NOT EXISTS \"my \"\"app\"\"\";");
    assertThat(script(List.of(odd.insertHistory("r'1", Direction.STAMP, null, "it's", null, Set.of("r'1"), false))))
        .isEqualTo("INSERT INTO \"my \"\"app\"\"\".\"order\" (\"revision\", \"direction\", \"checksum\", \"message\","
            + " \"duration_ms\", \"applied_by\", \"heads_after\") VALUES ('r''1', 'stamp', NULL, 'it''s', NULL,"
            + " current_user || ' (bob)', 'r''1');");
  }

  @Test
  void the_lock_key_is_fixed_for_a_table_name() {
    // Runs of different autogen versions must agree on the key: FNV-1a 64 of "autogen:autogen_version".
    assertThat(table.lockKey()).isEqualTo(new VersionTable(dialect, null, "autogen_version", "x", "y").lockKey());
    assertThat(table.lockKey()).isEqualTo(7_705_343_302_635_567_010L);
    assertThat(new VersionTable(dialect, "app", "autogen_version", "autogen_history", "alice").lockKey())
        .isNotEqualTo(table.lockKey());
  }

  @Test
  void tables_go_into_an_existing_schema_without_the_right_to_create_schemas(TestDatabase db) throws Exception {
    String role = "autogen_owner_" + db.name();
    db.execute("CREATE ROLE " + role + " LOGIN; CREATE SCHEMA app AUTHORIZATION " + role
        + "; REVOKE CREATE ON DATABASE " + db.name() + " FROM PUBLIC");
    try {
      VersionTable inApp = new VersionTable(dialect, "app", "autogen_version", "autogen_history", "alice");
      java.util.Properties p = new java.util.Properties();
      p.setProperty("user", role);
      if (db.password() != null) {
        p.setProperty("password", db.password());
      }
      try (Connection c = java.sql.DriverManager.getConnection(db.url(), p)) {
        inApp.ensureExists(c);
        assertThat(inApp.exists(c)).isTrue();
      }
    } finally {
      db.execute("DROP SCHEMA app CASCADE; DROP ROLE " + role);
    }
  }

  @Test
  void reading_a_database_without_the_tables_creates_nothing(TestDatabase db) throws Exception {
    try (Connection c = db.connection()) {
      assertThat(table.exists(c)).isFalse();
      assertThat(table.readHeads(c)).isEmpty();
      assertThat(table.readHistory(c)).isEmpty();
      assertThat(table.recordedChecksums(c)).isEmpty();
    }
    assertThat(db.snapshot().toString()).doesNotContain("autogen");
  }

  @Test
  void eight_sessions_creating_the_tables_at_once_all_succeed(TestDatabase db) throws Exception {
    int sessions = 8;
    ExecutorService pool = Executors.newFixedThreadPool(sessions);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Void>> results = new ArrayList<>();
      for (int i = 0; i < sessions; i++) {
        Callable<Void> create = () -> {
          try (Connection c = db.connection()) {
            start.await();
            table.ensureExists(c);
            assertThat(c.getAutoCommit()).isTrue();
          }
          return null;
        };
        results.add(pool.submit(create));
      }
      start.countDown();
      for (Future<Void> result : results) {
        result.get(); // rethrows any session's failure
      }
    } finally {
      pool.shutdownNow();
    }
    try (Connection c = db.connection()) {
      assertThat(table.exists(c)).isTrue();
      table.ensureExists(c); // and once more, when they exist
      VersionTable.execute(c, table.insertHistory("r1", Direction.UPGRADE, "abc", "m", 12L, Set.of("r1"), false));
      assertThat(table.readHistory(c)).singleElement().satisfies(h -> {
        assertThat(h.appliedBy()).isEqualTo(db.user() + " (alice)");
        assertThat(h.duration().toMillis()).isEqualTo(12);
        assertThat(h.headsAfter()).containsExactly("r1");
      });
    }
  }
}
