package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autogen lint [RANGE]} on a migrations directory, without a database: exit 0 when nothing at error
 * level is open, 1 when something is, 2 on errors; acceptance with and without a reason.
 */
class LintCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void twoMigrations() throws IOException {
    write("M20261120_1412_users", """
        @Revision(id = "20261120_1412_a9e2", message = "users")
        public final class M20261120_1412_users implements Migration {
          @Override public void upgrade(Operations op) {
            op.createTable("users", column("id", bigint()).notNull(), column("name", text()), primaryKey("id"));
          }
          @Override public void downgrade(Operations op) {
            op.dropTable("users");
          }
        }
        """);
    dropName("");
  }

  @Test
  void anErrorLevelFindingFailsTheLint() {
    Cli.Result r = lint();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("""
        20261124_0930_4f1c drop name (migrations/M20261124_0930_drop_name.java)
          error AG102 drop-column: dropping column users.name deletes its data

        How to fix:
          AG102 drop-column: remove the attribute from the code and deploy that first, then drop the column in a later migration accepted with @AcceptLint
        Linted 2 migrations: 1 error, 0 warnings, 0 info.
        """);
    assertThat(r.err()).isEqualTo("error: 1 migration with error-level findings: fix them, or accept each in its migration"
        + " with @AcceptLint(rule = \"...\", reason = \"...\")\n");
  }

  @Test
  void anAcceptedFindingPassesAndShowsItsReason() throws IOException {
    dropName("@AcceptLint(rule = \"drop-column\", reason = \"name unused since v2.3\")");

    Cli.Result r = lint();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("  accepted AG102 drop-column: dropping column users.name deletes its data"
        + " (reason: name unused since v2.3)\n").endsWith("Linted 2 migrations: 0 errors, 0 warnings, 0 info; 1 accepted.\n");
  }

  @Test
  void anAcceptanceWithAnEmptyReasonIsAnError() throws IOException {
    dropName("@AcceptLint(rule = \"AG102\", reason = \"\")");

    Cli.Result r = lint();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("  error AG001 bad-acceptance: @AcceptLint(rule = \"AG102\") gives no reason, so it"
        + " accepts nothing; say why the finding is acceptable\n", "  error AG102 drop-column:");
  }

  @Test
  void aRangeSelectsTheMigrationsAnUpgradeWouldApply() {
    assertThat(lint("base:20261120_1412_a9e2").exitCode()).isZero();
    assertThat(lint("20261120_1412_a9e2:head").exitCode()).isEqualTo(1);
    Cli.Result one = lint("20261124");
    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(one.out()).contains("Linted 1 migration:");
  }

  @Test
  void aRangeThatDoesNotResolveIsAnError() {
    Cli.Result r = lint("nope:head");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: unknown revision 'nope'; see `autogen history`\n");
  }

  @Test
  void theServerVersionComesFromTheConfigurationOrTheFlag() throws IOException {
    write("M20261125_1000_role", """
        @Revision(id = "20261125_1000_b0b0", parents = "20261124_0930_4f1c", message = "role")
        public final class M20261125_1000_role implements Migration {
          @Override public void upgrade(Operations op) {
            op.execute("SET LOCAL lock_timeout = '5s'");
            op.addColumn("users", column("role", text()).notNull().defaultValue("'member'"));
          }
          @Override public void downgrade(Operations op) {
            op.dropColumn("users", "role");
          }
        }
        """);
    assertThat(lint("20261125_1000_b0b0").out()).doesNotContain("volatile-default");
    Files.writeString(dir.resolve("autogen.properties"), "postgres-version=10.23\n");
    assertThat(lint("20261125_1000_b0b0").out()).contains("warning AG202 volatile-default: adding users.role with a"
        + " default rewrites the table on PostgreSQL 10");
    assertThat(lint("20261125_1000_b0b0", "--postgres-version", "16").out()).doesNotContain("volatile-default");
  }

  private Cli.Result lint(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "lint";
    System.arraycopy(args, 0, all, 1, args.length);
    return new Cli().run(Cli.in(dir, all));
  }

  private void dropName(String annotation) throws IOException {
    write("M20261124_0930_drop_name", annotation + """

        @Revision(id = "20261124_0930_4f1c", parents = "20261120_1412_a9e2", message = "drop name")
        public final class M20261124_0930_drop_name implements Migration {
          @Override public void upgrade(Operations op) {
            op.execute("SET LOCAL lock_timeout = '5s'");
            op.dropColumn("users", "name");
          }
          @Override public void downgrade(Operations op) {
            op.addColumn("users", column("name", text()));
          }
        }
        """);
  }

  private void write(String className, String body) throws IOException {
    Path file = dir.resolve("migrations").resolve(className + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, """
        import static dev.autogen.runtime.schema.Ddl.*;

        import dev.autogen.runtime.AcceptLint;
        import dev.autogen.runtime.Migration;
        import dev.autogen.runtime.Operations;
        import dev.autogen.runtime.Revision;

        """ + body);
  }
}
