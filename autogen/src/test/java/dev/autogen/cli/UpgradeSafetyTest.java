package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code upgrade} does around the migrations: the check of existing rows before anything is applied,
 * the report of each migration's changes, and the refusals of {@code --backup} when pg_dump is missing or
 * fails. The backup itself is {@link BackupRestoreTest}.
 */
@PostgresTest
class UpgradeSafetyTest {

  @TempDir Path dir;

  private static final String CREATE_USERS = "op.createTable(\"users\", column(\"id\", bigint()).notNull(),"
      + " column(\"email\", varchar(255)), column(\"age\", integer()), primaryKey(\"id\"));";
  private static final String DROP_USERS = "op.dropTable(\"users\");";

  @Test
  void reportsEachMigrationsChangesWarningsAndWhereAFailureLeftTheDatabase(TestDatabase db) {
    Project p = new Project(dir, db);
    String users = p.revision("create users", CREATE_USERS, DROP_USERS);
    String index = p.revision("index email, drop age",
        "op.createIndex(index(\"ix_users_email\", \"users\", \"email\")); op.dropColumn(\"users\", \"age\");",
        "op.addColumn(\"users\", column(\"age\", integer())); op.dropIndex(\"ix_users_email\");");
    String broken = p.revision("broken", "op.execute(\"SELECT * FROM no_such_table\");", "");

    Cli.Result up = p.run("upgrade", index);
    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(up.out()).containsSubsequence(
        "Applied  " + users + "  create users",
        "    added table users",
        "Applied  " + index + "  index email, drop age",
        "    added index ix_users_email on users(email)",
        "    dropped column users.age",
        "The database is now at " + index + ".");
    assertThat(up.err()).isEqualTo("warning: dropping column users.age deletes its data (revision " + index + ")\n");

    Cli.Result failed = p.run("upgrade");
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.out()).contains("The upgrade failed after 0 migrations; the database is now at " + index + ".");
    assertThat(failed.err()).startsWith("error: upgrade of revision " + broken + " (broken) failed:")
        .contains("no_such_table");
  }

  @Test
  void rowsThatWouldFailStopTheUpgradeBeforeAnythingIsApplied(TestDatabase db) {
    Project p = new Project(dir, db);
    String users = p.revision("create users", CREATE_USERS, DROP_USERS);
    assertThat(p.run("upgrade").exitCode()).isZero();
    db.execute("INSERT INTO users VALUES (1, 'a@x', 30), (2, NULL, 40), (3, 'a@x', NULL), (4, NULL, 50)");
    String age = p.revision("add nickname", "op.addColumn(\"users\", column(\"nickname\", text()));",
        "op.dropColumn(\"users\", \"nickname\");");
    String strict = p.revision("email required and unique",
        "op.alterColumn(\"users\", \"email\", alter().setNotNull());"
            + " op.addUniqueConstraint(\"users\", unique(\"uq_users_email\", java.util.List.of(\"email\")));",
        "op.dropConstraint(\"users\", \"uq_users_email\"); op.alterColumn(\"users\", \"email\", alter().dropNotNull());");
    String before = db.snapshot().toString();

    Cli.Result checked = p.run("upgrade", "--check-data");
    assertThat(checked.exitCode()).as(checked.toString()).isEqualTo(1);
    assertThat(checked.out()).isEqualTo("""
        Existing rows that would make the upgrade fail:
          users: 2 rows have email NULL (e.g. id=2, id=4); changed column users.email: set NOT NULL in revision %1$s
          users: 2 rows share 1 value of (email) (e.g. email='a@x' (2 rows)); added unique constraint \
        uq_users_email on users(email) in revision %1$s
        4 existing rows would fail the pending changes.
        """.formatted(strict));

    Cli.Result up = p.run("upgrade");
    assertThat(up.exitCode()).isEqualTo(1);
    assertThat(up.out()).startsWith("Existing rows that would make the upgrade fail:\n").doesNotContain("Applied");
    assertThat(up.err()).isEqualTo("error: 4 existing rows would fail the pending changes, so nothing was applied;"
        + " fix those rows (a data migration before the change), or run with --no-check-data to let the upgrade"
        + " try\n");
    assertThat(db.snapshot().toString()).isEqualTo(before);

    // Without the check the upgrade tries: the first migration is applied, the second fails on the rows.
    Cli.Result tried = p.run("upgrade", "--no-check-data");
    assertThat(tried.exitCode()).isEqualTo(1);
    assertThat(tried.out()).contains("Applied  " + age)
        .contains("The upgrade failed after 1 migration; the database is now at " + age + ".");
    assertThat(tried.err()).contains("contains null values");

    db.execute("UPDATE users SET email = 'u' || id");
    Cli.Result clean = p.run("upgrade", "--check-data");
    assertThat(clean.exitCode()).as(clean.toString()).isZero();
    assertThat(clean.out()).isEqualTo("Checked the existing rows: none would fail the pending changes.\n");
    assertThat(p.run("current").out()).startsWith(age);
    assertThat(users).isNotNull();
  }

  @Test
  void backupRefusesBeforeApplyingAnythingWhenPgDumpIsMissingOrFails(TestDatabase db) throws IOException {
    Project p = new Project(dir, db);
    p.revision("create users", CREATE_USERS, DROP_USERS);
    Path empty = Files.createDirectories(dir.resolve("empty-bin"));

    Cli.Result missing = run(p, empty, "upgrade", "--backup", "before.dump");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).isEqualTo("error: --backup needs pg_dump, which is not on the PATH; install the"
        + " PostgreSQL client tools (of the server's version or newer) or leave out --backup; nothing was applied\n");

    Path bin = Files.createDirectories(dir.resolve("failing-bin"));
    Path fake = bin.resolve("pg_dump");
    Files.writeString(fake, "#!/bin/sh\necho 'pg_dump: error: aborting because of server version mismatch' >&2\n"
        + "echo 'pg_dump: detail: second line' >&2\nprintf partial > \"$3\"\nexit 3\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    Cli.Result failing = run(p, bin, "upgrade", "--backup", "backups/before.dump");
    assertThat(failing.exitCode()).isEqualTo(1);
    assertThat(failing.err()).isEqualTo("error: the backup failed, so nothing was applied: pg_dump exited with 3:"
        + " pg_dump: error: aborting because of server version mismatch\n");
    assertThat(failing.out()).contains("Backing up the database to backups/before.dump").doesNotContain("Applied");
    assertThat(p.dir.resolve("backups/before.dump")).doesNotExist();
    assertThat(db.snapshot().isEmpty()).isTrue();
  }

  /** Runs autogen in the project with {@code PATH} set to one directory. */
  private static Cli.Result run(Project p, Path pathDir, String... args) {
    return p.runWithPath(pathDir.toString(), args);
  }
}
