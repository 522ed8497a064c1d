package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.runtime.TestMigrations.R1;
import dev.autogen.runtime.TestMigrations.R2Broken;
import dev.autogen.runtime.TestMigrations.R2Fixed;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A migration that fails halfway leaves the database at the revision before it; the fixed one then runs. */
@PostgresTest
class MigrationFailureTest {

  private static Autogen autogen(TestDatabase db, List<Migration> migrations) {
    return Autogen.configure().url(db.url(), db.user(), db.password()).migrations(migrations).build();
  }

  @Test
  void a_failing_second_statement_rolls_the_whole_migration_back(TestDatabase db) {
    autogen(db, List.of(new R1())).upgrade("head");
    SchemaSnapshot atR1 = db.snapshot();
    List<String> historyAtR1 = Rows.of(db, "SELECT id, revision, direction FROM autogen_history ORDER BY id");

    AutogenException failure = catchThrowableOfType(
        () -> autogen(db, List.of(new R1(), new R2Broken())).upgrade("head"), AutogenException.class);

    assertThat(failure.getMessage())
        .isEqualTo("upgrade of revision r2 (add audit) failed: ERROR: relation \"no_such_table\" does not exist"
            + " (SQLState 42P01), in: ALTER TABLE \"no_such_table\" ADD COLUMN \"x\" bigint;"
            + " rolled back, the database is still at r1")
        .doesNotContain("\n");
    assertThat(db.snapshot()).isEqualTo(atR1); // the audit table of the first statement is gone too
    assertThat(Rows.tableExists(db, "audit")).isFalse();
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version")).containsExactly("r1");
    assertThat(Rows.of(db, "SELECT id, revision, direction FROM autogen_history ORDER BY id")).isEqualTo(historyAtR1);

    MigrationResult fixed = autogen(db, List.of(new R1(), new R2Fixed())).upgrade("head");
    assertThat(fixed.steps()).extracting(MigrationStep::revision).containsExactly("r2");
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version")).containsExactly("r2");
    assertThat(Rows.tableExists(db, "audit")).isTrue();
  }

  @Test
  void migrations_before_the_failing_one_stay_applied(TestDatabase db) {
    AutogenException failure = catchThrowableOfType(
        () -> autogen(db, List.of(new R1(), new R2Broken())).upgrade("head"), AutogenException.class);

    assertThat(failure.getMessage()).startsWith("upgrade of revision r2 (add audit) failed: ")
        .endsWith("rolled back, the database is still at r1");
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version")).containsExactly("r1");
    assertThat(Rows.of(db, "SELECT revision FROM autogen_history")).containsExactly("r1");
    assertThat(Rows.tableExists(db, "users")).isTrue();
    assertThat(Rows.tableExists(db, "audit")).isFalse();
  }

  @Test
  void a_migration_that_throws_in_java_is_rolled_back_the_same_way(TestDatabase db) {
    Migration throwing = new ThrowingR2();
    AutogenException failure = catchThrowableOfType(
        () -> autogen(db, List.of(new R1(), throwing)).upgrade("head"), AutogenException.class);
    assertThat(failure.getMessage()).isEqualTo(
        "upgrade of revision r2 (compute) failed: no value for the backfill; rolled back, the database is still at r1");
    assertThat(Rows.tableExists(db, "audit")).isFalse();
  }

  @Revision(id = "r2", parents = "r1", message = "compute")
  public static final class ThrowingR2 implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("audit", dev.autogen.runtime.schema.Ddl.column("id", dev.autogen.runtime.schema.Ddl.bigint()));
      if (op.connection() != null) {
        throw new IllegalStateException("no value for the backfill");
      }
    }

    @Override
    public void downgrade(Operations op) {}
  }
}
