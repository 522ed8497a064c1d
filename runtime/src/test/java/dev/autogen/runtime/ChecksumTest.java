package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.runtime.TestMigrations.R1;
import dev.autogen.runtime.TestMigrations.R1Edited;
import dev.autogen.runtime.TestMigrations.R2;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An applied migration edited afterwards is refused, unless the new version is accepted. */
@PostgresTest
class ChecksumTest {
  private static final String ORIGINAL = LoadedMigration.checksum(new R1());
  private static final String EDITED = LoadedMigration.checksum(new R1Edited());

  private static Autogen autogen(TestDatabase db, boolean accept, List<Migration> migrations, MigrationListener listener) {
    return Autogen.configure()
        .url(db.url(), db.user(), db.password())
        .migrations(migrations)
        .acceptChecksums(accept)
        .listener(listener)
        .build();
  }

  @Test
  void an_edited_applied_migration_is_refused_with_one_line(TestDatabase db) {
    autogen(db, false, List.of(new R1()), null).upgrade("head");
    List<String> history = Rows.of(db, "SELECT * FROM autogen_history");
    assertThat(ORIGINAL).isNotEqualTo(EDITED);

    Autogen edited = autogen(db, false, List.of(new R1Edited(), new R2()), null);
    AutogenException refused = catchThrowableOfType(() -> edited.upgrade("head"), AutogenException.class);
    assertThat(refused.getMessage()).isEqualTo("revision r1 was edited after it was applied (checksum " + ORIGINAL
        + " != " + EDITED + "); restore it, or accept the new version with --accept-checksums");
    // Refused before anything ran: r2 is not applied and nothing was recorded.
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version")).containsExactly("r1");
    assertThat(Rows.of(db, "SELECT * FROM autogen_history")).isEqualTo(history);
    assertThat(Rows.of(db, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'email'"))
        .containsExactly("0");

    // A downgrade would run the edited code too: refused as well.
    assertThat(catchThrowableOfType(() -> edited.downgrade("base"), AutogenException.class))
        .hasMessageStartingWith("revision r1 was edited after it was applied");
    assertThat(Rows.tableExists(db, "users")).isTrue();
  }

  @Test
  void accepting_records_the_new_checksum_and_runs(TestDatabase db) {
    autogen(db, false, List.of(new R1()), null).upgrade("head");
    List<String> accepted = new ArrayList<>();
    MigrationListener listener = new MigrationListener() {
      @Override
      public void checksumAccepted(String revision, String recorded, String current) {
        accepted.add(revision + " " + recorded + " -> " + current);
      }
    };

    MigrationResult result = autogen(db, true, List.of(new R1Edited(), new R2()), listener).upgrade("head");

    assertThat(accepted).containsExactly("r1 " + ORIGINAL + " -> " + EDITED);
    assertThat(result.steps()).extracting(MigrationStep::revision).containsExactly("r2");
    assertThat(Rows.of(db, "SELECT revision, direction, checksum, message, heads_after FROM autogen_history ORDER BY id"))
        .containsExactly(
            "r1|upgrade|" + ORIGINAL + "|create users|r1",
            "r1|stamp|" + EDITED + "|accepted edited migration (checksum was " + ORIGINAL + ")|r1",
            "r2|upgrade|" + LoadedMigration.checksum(new R2()) + "|add email|r2");

    // From now on the edited version is the one on record: no flag needed.
    assertThat(autogen(db, false, List.of(new R1Edited(), new R2()), null).upgrade("head").nothingToDo()).isTrue();
    // And the original is now the edit.
    assertThat(catchThrowableOfType(
        () -> autogen(db, false, List.of(new R1(), new R2()), null).upgrade("head"), AutogenException.class))
        .hasMessageContaining("(checksum " + EDITED + " != " + ORIGINAL + ")");
  }

  @Test
  void a_revision_downgraded_and_applied_again_is_checked_against_its_new_checksum(TestDatabase db) {
    autogen(db, false, List.of(new R1()), null).upgrade("head");
    autogen(db, false, List.of(new R1()), null).downgrade("base");
    // Not applied any more, so editing it is allowed; the new upgrade records the new checksum.
    autogen(db, false, List.of(new R1Edited()), null).upgrade("head");
    assertThat(Rows.of(db, "SELECT checksum FROM autogen_history ORDER BY id DESC LIMIT 1")).containsExactly(EDITED);
    assertThat(autogen(db, false, List.of(new R1Edited()), null).upgrade("head").nothingToDo()).isTrue();
  }
}
