package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@PostgresTest
class CommandsTest {

  @TempDir Path dir;

  private static final String CREATE_USERS =
      "op.createTable(\"users\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));";
  private static final String DROP_USERS = "op.dropTable(\"users\");";
  private static final String ADD_EMAIL = "op.addColumn(\"users\", column(\"email\", varchar(255)));";
  private static final String DROP_EMAIL = "op.dropColumn(\"users\", \"email\");";

  @Test
  void upgradeReportsEachMigrationAndWhereTheDatabaseIsNow(TestDatabase db) {
    Project p = new Project(dir, db);
    String users = p.revision("create users", CREATE_USERS, DROP_USERS);
    String email = p.revision("add email", ADD_EMAIL, DROP_EMAIL);

    Cli.Result up = p.run("upgrade");
    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(up.out()).containsSubsequence(
        "Applied  " + users + "  create users",
        "Applied  " + email + "  add email",
        "The database is now at " + email + " (head).");
    assertThat(up.err()).isEmpty();
    assertThat(db.snapshot().toString()).contains("email");

    Cli.Result again = p.run("upgrade", "head");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).isEqualTo("Nothing to do: the database is at " + email + " (head).\n");
  }

  @Test
  void currentHistoryHeadsAndShow(TestDatabase db) {
    Project p = new Project(dir, db);
    Cli.Result before = p.run("current");
    assertThat(before.exitCode()).as(before.toString()).isZero();
    assertThat(before.out()).isEqualTo("The database is at base: no revision applied.\n");

    String users = p.revision("create users", CREATE_USERS, DROP_USERS);
    String email = p.revision("add email", ADD_EMAIL, DROP_EMAIL);
    assertThat(p.run("upgrade", users).exitCode()).isZero();

    assertThat(p.run("current").out()).isEqualTo(users + " (base)\n");
    assertThat(p.run("current", "-v").out()).contains("Revision:      " + users, "Message:       create users",
        "Source:        migrations/M20261124_");

    assertThat(p.run("history").out()).isEqualTo(
        users + " -> " + email + " (head), add email\n"
            + "<base> -> " + users + " (base), create users\n");
    assertThat(p.run("history", "-i").out()).contains(users + " (base) (current), create users");
    assertThat(p.run("history", "-r", email + ":").out()).isEqualTo(users + " -> " + email + " (head), add email\n");
    assertThat(p.run("history", "-r", ":" + users).out()).isEqualTo("<base> -> " + users + " (base), create users\n");
    assertThat(p.run("history", "--applied").out()).contains("upgrade", users, "create users").doesNotContain(email);

    assertThat(p.run("heads").out()).isEqualTo(email + " (head)\n");
    assertThat(p.run("show", email.substring(0, 16)).out()).contains("Revision:      " + email + " (head)",
        "Parents:       " + users, "Message:       add email");
  }

  @Test
  void downgradeAndStamp(TestDatabase db) {
    Project p = new Project(dir, db);
    String users = p.revision("create users", CREATE_USERS, DROP_USERS);
    String email = p.revision("add email", ADD_EMAIL, DROP_EMAIL);
    assertThat(p.run("upgrade").exitCode()).isZero();

    Cli.Result down = p.run("downgrade", "-1");
    assertThat(down.exitCode()).as(down.toString()).isZero();
    assertThat(down.out()).containsSubsequence("Reverted " + email + "  add email",
        "The database is now at " + users + ".");
    assertThat(db.snapshot().toString()).doesNotContain("email");

    Cli.Result base = p.run("downgrade", "base");
    assertThat(base.out()).contains("The database is now at base (no revision applied).");

    Cli.Result stamp = p.run("stamp", "head");
    assertThat(stamp.exitCode()).as(stamp.toString()).isZero();
    assertThat(stamp.out()).isEqualTo("Stamped: the database is now at " + email + " (head); no migration ran.\n");
    assertThat(p.run("current").out()).isEqualTo(email + " (head)\n");
    assertThat(db.snapshot().toString()).doesNotContain("users");
  }

  @Test
  void sqlNeedsNoDatabase(TestDatabase db) {
    Project p = new Project(dir, db);
    String users = p.revision("create users", CREATE_USERS, DROP_USERS);
    String email = p.revision("add email", ADD_EMAIL, DROP_EMAIL);

    // Without --url: offline.
    Cli.Result up = new Cli().run("-C", dir.toString(), "upgrade", "head", "--sql");
    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(up.out()).contains("CREATE TABLE \"users\"", "ADD COLUMN \"email\"", users, email);
    Cli.Result down = new Cli().run("-C", dir.toString(), "downgrade", email + ":" + users, "--sql");
    assertThat(down.exitCode()).as(down.toString()).isZero();
    assertThat(down.out()).contains("DROP COLUMN \"email\"").doesNotContain("DROP TABLE");
    assertThat(db.snapshot().toString()).doesNotContain("users");
  }

  @Test
  void branchesAndSeveralHeads(TestDatabase db) {
    Project p = new Project(dir, db);
    String users = p.revision("create users", CREATE_USERS, DROP_USERS);
    String email = p.revision("add email", ADD_EMAIL, DROP_EMAIL);
    String audit = p.revision("create audit", "op.createTable(\"audit\", column(\"id\", bigint()));",
        "op.dropTable(\"audit\");");
    p.reparent(audit, users);

    Cli.Result branches = p.run("branches");
    assertThat(branches.exitCode()).as(branches.toString()).isZero();
    assertThat(branches.out()).isEqualTo(users + " (base) (branchpoint), create users\n"
        + "  -> " + audit + " (head), create audit\n"
        + "  -> " + email + " (head), add email\n");

    assertThat(p.run("heads").out()).contains(email + " (head)", audit + " (head)");

    Cli.Result refused = p.run("upgrade", "head");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).startsWith("error: ").hasLineCount(1);
    assertThat(db.snapshot().toString()).doesNotContain("users");

    Cli.Result both = p.run("upgrade", "heads");
    assertThat(both.exitCode()).as(both.toString()).isZero();
    assertThat(both.out()).contains("The database is now at ").contains(email + " (head)", audit + " (head)");

    Cli.Result refusedRevision = p.run("revision", "--empty", "-m", "next");
    assertThat(refusedRevision.exitCode()).isEqualTo(1);
    assertThat(refusedRevision.err()).contains("there are 2 heads");
  }

  @Test
  void badInputIsOneLineAndTouchesNothing(TestDatabase db) {
    Project p = new Project(dir, db);
    p.revision("create users", CREATE_USERS, DROP_USERS);

    Cli.Result unknown = p.run("upgrade", "nosuchrevision");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("error: ").hasLineCount(1);
    assertThat(unknown.out()).isEmpty();

    p.revision("broken", "op.addColumn(\"users\", column(\"x\", nosuchtype()));", DROP_EMAIL);
    Cli.Result broken = p.run("upgrade");
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.err()).startsWith("error: ").contains("M20261124_").hasLineCount(1);
    assertThat(db.snapshot().toString()).doesNotContain("users");
  }
}
