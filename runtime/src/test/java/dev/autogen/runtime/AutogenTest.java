package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.TestMigrations.A2;
import dev.autogen.runtime.TestMigrations.B2;
import dev.autogen.runtime.TestMigrations.M3;
import dev.autogen.runtime.TestMigrations.R1;
import dev.autogen.runtime.TestMigrations.R2;
import dev.autogen.runtime.TestMigrations.R3;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Upgrade, downgrade, stamp, current and history through the facade, and what the two tables hold. */
@PostgresTest
class AutogenTest {

  private static Autogen autogen(TestDatabase db, List<Migration> migrations) {
    return Autogen.configure().url(db.url(), db.user(), db.password()).migrations(migrations).build();
  }

  @Test
  void upgrade_head_applies_every_migration_in_order_and_records_each(TestDatabase db) {
    Autogen autogen = autogen(db, TestMigrations.linear());
    assertThat(autogen.current()).isEmpty();
    assertThat(autogen.history()).isEmpty();

    MigrationResult result = autogen.upgrade("head");

    assertThat(result.headsBefore()).isEmpty();
    assertThat(result.headsAfter()).containsExactly("r3");
    assertThat(result.steps()).extracting(MigrationStep::revision).containsExactly("r1", "r2", "r3");
    assertThat(result.steps()).extracting(MigrationStep::direction).containsOnly(Direction.UPGRADE);
    assertThat(result.steps().get(1).headsBefore()).containsExactly("r1");
    assertThat(result.steps().get(1).headsAfter()).containsExactly("r2");
    assertThat(autogen.current()).containsExactly("r3");
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version")).containsExactly("r3");
    assertThat(Rows.of(db, "SELECT id, user_id FROM \"order\"")).containsExactly("1|null");

    List<HistoryEntry> history = autogen.history();
    assertThat(history).extracting(HistoryEntry::revision).containsExactly("r3", "r2", "r1");
    assertThat(history).extracting(HistoryEntry::direction).containsOnly(Direction.UPGRADE);
    HistoryEntry r2 = history.get(1);
    assertThat(r2.checksum()).isEqualTo(LoadedMigration.checksum(new R2()));
    assertThat(r2.message()).isEqualTo("add email");
    assertThat(r2.headsAfter()).containsExactly("r2");
    assertThat(r2.appliedAt()).isNotNull();
    assertThat(r2.duration()).isNotNull().isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(r2.appliedBy()).isEqualTo(db.user() + " (" + System.getProperty("user.name") + ")");
    assertThat(history.get(0).id()).isGreaterThan(history.get(1).id());

    // The history table as the database holds it.
    assertThat(Rows.of(db, "SELECT revision, direction, checksum IS NOT NULL, heads_after, duration_ms >= 0"
        + " FROM autogen_history ORDER BY id"))
        .containsExactly("r1|upgrade|t|r1|t", "r2|upgrade|t|r2|t", "r3|upgrade|t|r3|t");
  }

  @Test
  void a_second_upgrade_finds_nothing_to_do(TestDatabase db) {
    Autogen autogen = autogen(db, TestMigrations.linear());
    autogen.upgrade("head");
    MigrationResult again = autogen.upgrade("head");
    assertThat(again.nothingToDo()).isTrue();
    assertThat(again.headsBefore()).containsExactly("r3");
    assertThat(again.headsAfter()).containsExactly("r3");
    assertThat(autogen.history()).hasSize(3);
  }

  @Test
  void upgrade_step_by_step_and_downgrade_back_to_the_same_schema(TestDatabase db) {
    Autogen autogen = autogen(db, TestMigrations.linear());
    assertThat(autogen.upgrade("r1").headsAfter()).containsExactly("r1");
    SchemaSnapshot atR1 = db.snapshot();
    assertThat(autogen.upgrade("+1").headsAfter()).containsExactly("r2");
    assertThat(autogen.upgrade("head").steps()).extracting(MigrationStep::revision).containsExactly("r3");

    MigrationResult down = autogen.downgrade("r1");
    assertThat(down.steps()).extracting(MigrationStep::revision).containsExactly("r3", "r2");
    assertThat(down.steps()).extracting(MigrationStep::direction).containsOnly(Direction.DOWNGRADE);
    assertThat(autogen.current()).containsExactly("r1");
    assertThat(db.snapshot()).isEqualTo(atR1);
    assertThat(Rows.of(db, "SELECT revision, direction, heads_after FROM autogen_history ORDER BY id DESC LIMIT 2"))
        .containsExactly("r2|downgrade|r1", "r3|downgrade|r2");

    autogen.downgrade("base");
    assertThat(autogen.current()).isEmpty();
    assertThat(Rows.tableExists(db, "users")).isFalse();
    assertThat(Rows.of(db, "SELECT count(*) FROM autogen_version")).containsExactly("0");
    assertThat(Rows.of(db, "SELECT revision, heads_after FROM autogen_history ORDER BY id DESC LIMIT 1"))
        .containsExactly("r1|");
  }

  @Test
  void branches_keep_one_version_row_per_head_until_merged(TestDatabase db) {
    Autogen autogen = autogen(db, List.of(new R1(), new A2(), new B2(), new M3()));
    autogen.upgrade("a2");
    assertThat(autogen.current()).containsExactly("a2");
    autogen.upgrade("b2");
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version ORDER BY 1")).containsExactly("a2", "b2");
    autogen.upgrade("head");
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version")).containsExactly("m3");
    // Down to b2 un-applies only what follows b2: the merge. Branch a stays.
    autogen.downgrade("b2");
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version ORDER BY 1")).containsExactly("a2", "b2");
    autogen.downgrade("r1");
    assertThat(autogen.current()).containsExactly("r1");
    assertThat(Rows.tableExists(db, "a")).isFalse();
    assertThat(Rows.tableExists(db, "b")).isFalse();
  }

  @Test
  void stamp_moves_the_version_table_without_running_migrations(TestDatabase db) {
    Autogen autogen = autogen(db, TestMigrations.linear());
    MigrationResult stamped = autogen.stamp("r2");
    assertThat(stamped.headsBefore()).isEmpty();
    assertThat(stamped.headsAfter()).containsExactly("r2");
    assertThat(autogen.current()).containsExactly("r2");
    assertThat(Rows.tableExists(db, "users")).isFalse();
    HistoryEntry entry = autogen.history().get(0);
    assertThat(entry.direction()).isEqualTo(Direction.STAMP);
    assertThat(entry.revision()).isEqualTo("r2");
    assertThat(entry.checksum()).isEqualTo(LoadedMigration.checksum(new R2()));
    assertThat(entry.duration()).isNull();

    autogen.stamp("base");
    assertThat(autogen.current()).isEmpty();
    assertThat(Rows.of(db, "SELECT revision, direction, heads_after FROM autogen_history ORDER BY id DESC LIMIT 1"))
        .containsExactly("base|stamp|");
  }

  @Test
  void stamp_several_heads(TestDatabase db) {
    Autogen autogen = autogen(db, List.of(new R1(), new A2(), new B2(), new M3()));
    autogen.stamp("a2", "b2");
    assertThat(autogen.current()).containsExactly("a2", "b2");
    autogen.upgrade("head");
    assertThat(autogen.current()).containsExactly("m3");
    assertThat(Rows.tableExists(db, "a")).isFalse(); // stamped, never run
  }

  @Test
  void schema_and_table_names_are_configurable(TestDatabase db) {
    Autogen autogen = Autogen.configure()
        .url(db.url(), db.user(), db.password())
        .migrations(TestMigrations.linear())
        .schema("app space")
        .versionTable("Versions")
        .historyTable("Steps")
        .build();
    autogen.upgrade("head");
    assertThat(Rows.of(db, "SELECT version_num FROM \"app space\".\"Versions\"")).containsExactly("r3");
    assertThat(Rows.of(db, "SELECT count(*) FROM \"app space\".\"Steps\"")).containsExactly("3");
    assertThat(Rows.tableExists(db, "\"app space\".users")).isTrue();
    assertThat(Rows.tableExists(db, "public.autogen_version")).isFalse();
    assertThat(autogen.current()).containsExactly("r3");
    assertThat(autogen.history()).hasSize(3);
  }

  @Test
  void the_listener_hears_every_step_and_where_the_database_ends(TestDatabase db) {
    List<String> heard = new ArrayList<>();
    MigrationListener listener = new MigrationListener() {
      @Override
      public void started(Set<String> heads) {
        heard.add("started " + heads);
      }

      @Override
      public void stepStarted(MigrationStep step) {
        heard.add("start " + step.direction().word() + " " + step.revision() + " " + step.message());
      }

      @Override
      public void stepFinished(MigrationStep step, Duration duration) {
        heard.add("done " + step.revision() + (duration.isNegative() ? " negative" : ""));
      }

      @Override
      public void finished(Set<String> heads) {
        heard.add("at " + heads);
      }
    };
    Autogen autogen = Autogen.configure()
        .dataSource(db.dataSource())
        .migrations(TestMigrations.linear())
        .listener(listener)
        .build();
    autogen.upgrade("r2");
    autogen.downgrade("-1");
    assertThat(heard).containsExactly(
        "started []",
        "start upgrade r1 create users", "done r1",
        "start upgrade r2 add email", "done r2",
        "at [r2]",
        "started [r2]",
        "start downgrade r2 add email", "done r2",
        "at [r1]");
  }

  @Test
  void the_graph_is_shown_without_a_database() {
    Autogen autogen = Autogen.configure().migrations(List.of(new R1(), new A2(), new B2(), new M3(), new R2())).build();
    assertThat(autogen.revisions()).extracting(RevisionInfo::id).containsExactly("r1", "a2", "b2", "m3", "r2");
    assertThat(autogen.heads()).extracting(RevisionInfo::id).containsExactly("m3", "r2");
    assertThat(autogen.branches()).extracting(RevisionInfo::id).containsExactly("r1");
    RevisionInfo merge = autogen.show("m3");
    assertThat(merge.parents()).containsExactly("a2", "b2");
    assertThat(merge.message()).isEqualTo("merge a and b");
    assertThat(autogen.show("a").id()).isEqualTo("a2"); // unique prefix
  }
}
