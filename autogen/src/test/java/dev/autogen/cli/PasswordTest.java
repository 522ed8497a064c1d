package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A password given in any way never appears in anything autogen prints, whatever happens. */
@PostgresTest
class PasswordTest {

  private static final String SECRET = "Pw-Never-Shown-7731";

  @TempDir Path dir;

  private static void assertHidden(Cli.Result r) {
    assertThat(r.all()).as(r.toString()).doesNotContain(SECRET);
  }

  private Project project(TestDatabase db) {
    Project p = new Project(dir, db);
    p.revision("create users", "op.createTable(\"users\", column(\"id\", bigint()));", "op.dropTable(\"users\");");
    return p;
  }

  @Test
  void notWhenItWorks(TestDatabase db) throws IOException {
    project(db);
    // The test server trusts its connections, so any password gets in.
    Cli.Result flag = new Cli().run("-C", dir.toString(), "--verbose", "--url", db.url(), "--user", db.user(),
        "--password", SECRET, "upgrade");
    assertThat(flag.exitCode()).as(flag.toString()).isZero();
    assertThat(flag.err()).contains("configuration:");
    assertHidden(flag);

    Cli.Result env = new Cli().env("AUTOGEN_PASSWORD", SECRET).run("-C", dir.toString(), "--verbose", "--url",
        db.url(), "--user", db.user(), "history", "--applied");
    assertThat(env.exitCode()).as(env.toString()).isZero();
    assertHidden(env);

    Files.writeString(dir.resolve("autogen.properties"),
        "url=" + db.url() + "?password=" + SECRET + "\nuser=" + db.user() + "\npassword=${env:DB_PW}\n");
    Cli.Result file = new Cli().env("DB_PW", SECRET).run("-C", dir.toString(), "--verbose", "current", "-v");
    assertThat(file.exitCode()).as(file.toString()).isZero();
    assertHidden(file);
  }

  @Test
  void notWhenTheLoginFails(TestDatabase db) {
    project(db);
    Cli.Result r = new Cli().run("-C", dir.toString(), "--verbose", "--url", db.url(), "--user", "no_such_role",
        "--password", SECRET, "upgrade");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("error: ").contains("no_such_role");
    assertHidden(r);
  }

  @Test
  void notWhenTheServerIsUnreachable(TestDatabase db) throws IOException {
    project(db);
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/app?password=" + SECRET;
    for (String verbosity : new String[] {"--quiet", "--verbose"}) {
      Cli.Result r = new Cli().run("-C", dir.toString(), verbosity, "--url", url, "--password", SECRET, "current");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).contains("error: cannot connect");
      assertHidden(r);
    }
  }

  @Test
  void notInUsageErrors() {
    Cli.Result misspelt = new Cli().run("--pasword", SECRET, "current");
    assertThat(misspelt.exitCode()).isEqualTo(2);
    assertHidden(misspelt);

    Cli.Result extra = new Cli().run("--password=" + SECRET, "current", SECRET);
    assertThat(extra.exitCode()).isEqualTo(2);
    assertHidden(extra);
  }
}
