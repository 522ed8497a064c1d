package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.runtime.TestMigrations.I2Concurrent;
import dev.autogen.runtime.TestMigrations.I2InTransaction;
import dev.autogen.runtime.TestMigrations.R1;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Migrations declared {@code transactional = false} run in autocommit: CREATE INDEX CONCURRENTLY works. */
@PostgresTest
class NonTransactionalMigrationTest {

  private static Autogen autogen(TestDatabase db, Migration... migrations) {
    return Autogen.configure().url(db.url(), db.user(), db.password()).migrations(List.of(migrations)).build();
  }

  @Test
  void create_index_concurrently_runs_and_is_recorded(TestDatabase db) {
    Autogen autogen = autogen(db, new R1(), new I2Concurrent());
    MigrationResult result = autogen.upgrade("head");
    assertThat(result.steps()).extracting(MigrationStep::transactional).containsExactly(true, false);
    assertThat(Rows.of(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'users' ORDER BY 1"))
        .containsExactly("users_name_idx", "users_pkey");
    assertThat(Rows.of(db, "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " WHERE c.relname = 'users_name_idx'")).containsExactly("t");
    assertThat(autogen.current()).containsExactly("i2");
    assertThat(Rows.of(db, "SELECT revision, direction FROM autogen_history ORDER BY id"))
        .containsExactly("r1|upgrade", "i2|upgrade");

    autogen.downgrade("r1");
    assertThat(Rows.of(db, "SELECT indexname FROM pg_indexes WHERE tablename = 'users'")).containsExactly("users_pkey");
    assertThat(autogen.current()).containsExactly("r1");
  }

  @Test
  void a_concurrent_index_in_a_transactional_migration_says_how_to_declare_it(TestDatabase db) {
    AutogenException failure = catchThrowableOfType(
        () -> autogen(db, new R1(), new I2InTransaction()).upgrade("head"), AutogenException.class);
    assertThat(failure.getMessage())
        .startsWith("upgrade of revision i2 (index users by name) failed: ")
        .contains("@Revision(transactional = false)")
        .endsWith("rolled back, the database is still at r1")
        .doesNotContain("\n");
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version")).containsExactly("r1");
  }

  @Test
  void a_failing_non_transactional_migration_says_what_may_remain(TestDatabase db) {
    db.execute("CREATE TABLE users (id bigint, name text); INSERT INTO users VALUES (1, 'a'), (2, 'a')");
    Autogen autogen = autogen(db, new R1Stamped(), new UniqueConcurrently());
    autogen.stamp("r1");
    AutogenException failure = catchThrowableOfType(() -> autogen.upgrade("head"), AutogenException.class);
    assertThat(failure.getMessage())
        .startsWith("upgrade of revision u2 (unique names) failed: ERROR: could not create unique index")
        .endsWith("it runs outside a transaction, so its statements before the failing one stay applied and the"
            + " version table still says r1: repair the database by hand, then run again");
    assertThat(autogen.current()).containsExactly("r1");
  }

  @Revision(id = "r1", message = "users exist already")
  public static final class R1Stamped implements Migration {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  }

  @Revision(id = "u2", parents = "r1", message = "unique names", transactional = false)
  public static final class UniqueConcurrently implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createIndexConcurrently(dev.autogen.runtime.schema.Ddl.index("users_name_key", "users", "name").asUnique());
    }

    @Override
    public void downgrade(Operations op) {
      op.dropIndexConcurrently("users_name_key");
    }
  }
}
