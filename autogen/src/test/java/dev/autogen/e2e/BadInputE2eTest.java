package dev.autogen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.e2e.E2eProject.Result;
import dev.autogen.e2e.Entities.Version;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input autogen cannot work with: each is one line on stderr starting with {@code error: }, nothing else
 * printed, a non-zero exit code (2 for {@code check}, whose 1 means drift), and no file written.
 * (A database that is not at the head: {@link LiveDatabaseE2eTest}.)
 */
class BadInputE2eTest {

  @TempDir Path dir;

  /** Runs autogen, expects the one error line, and that nothing in the project changed. */
  private static String refused(E2eProject project, int exitCode, String... args) {
    Map<Path, String> before = project.tree();
    Result r = project.run(args);
    String line = r.oneErrorLine();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(exitCode);
    assertThat(project.tree()).as("files after " + r).isEqualTo(before);
    return line;
  }

  @Test
  void anEntityMappingErrorNamesTheClassInOneLine() {
    E2eProject project = E2eProject.create(dir, Entities.brokenMapping(), "e2e.broken");

    String line = refused(project, 1, "--message", "initial");
    assertThat(line)
        .startsWith("error: mapping error in e2e.broken.Team: ")
        .contains("'Team.members'").contains("mappedBy").contains("'squad'").contains("'Member'")
        .doesNotContain("org.hibernate").doesNotContain("Exception");
    assertThat(line.length()).isLessThan(250);
    assertThat(refused(project, 2, "check")).isEqualTo(line);
  }

  @Test
  void noEntitiesInThePackage() {
    E2eProject project = E2eProject.create(dir, Entities.portal(Version.INITIAL), "e2e.nothing");

    String line = refused(project, 1, "--message", "initial");
    assertThat(line).startsWith("error: no entity classes found in package e2e.nothing ")
        .contains("--entities").contains("--classpath");
    assertThat(refused(project, 2, "check")).isEqualTo(line);
  }

  @Test
  void aCompileErrorInAMigrationNamesTheFileAndLine() {
    E2eProject project = E2eProject.portal(dir, Version.INITIAL);
    project.ok("--message", "initial");
    project.handWritten("add budget", "op.addColumn(\"teams\" column(\"budget\", integer()));",
        "op.dropColumn(\"teams\", \"budget\");");
    Path broken = project.files().get(1);
    List<String> lines = E2eProject.read(broken).lines().toList();
    int lineNumber = lines.indexOf("    op.addColumn(\"teams\" column(\"budget\", integer()));") + 1;
    assertThat(lineNumber).isPositive();
    project.entities(Version.LINKEDIN);

    String line = refused(project, 1, "--message", "add linkedin_url");
    assertThat(line).startsWith("error: " + broken.getFileName() + ":" + lineNumber + ": ").contains("expected");
    assertThat(refused(project, 2, "check")).isEqualTo(line);
  }

  @Test
  void aMigrationThatFailsWhenReplayedNamesTheRevisionAndTheDatabaseError() {
    E2eProject project = E2eProject.portal(dir, Version.INITIAL);
    project.ok("--message", "initial");
    String failing = project.handWritten("fill budgets", "op.execute(\"UPDATE budgets SET amount = 0\");",
        "op.execute(\"SELECT 1\");");
    project.entities(Version.LINKEDIN);

    String line = refused(project, 1, "--message", "add linkedin_url");
    assertThat(line).startsWith("error: replaying the migrations on a shadow database: upgrade of revision " + failing
        + " (fill budgets) failed: ").contains("relation \"budgets\" does not exist");
    assertThat(refused(project, 2, "check")).isEqualTo(line);
  }

  @Test
  void anUnreachableDatabase() throws IOException {
    E2eProject project = E2eProject.portal(dir, Version.INITIAL);
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/portal";

    String line = refused(project, 1, "--url", url, "--message", "initial");
    assertThat(line).startsWith("error: cannot connect").contains("127.0.0.1:" + closedPort);
    assertThat(refused(project, 2, "--url", url, "check")).startsWith("error: cannot connect");
    assertThat(refused(project, 1, "--url", url, "baseline")).startsWith("error: cannot connect");
  }

  @Test
  void aWrongPasswordIsRefusedAndNeverPrinted() {
    E2eProject project = E2eProject.portal(dir, Version.INITIAL);
    String wrong = "Wrong-Pw-5519";
    String url = PasswordServer.url();

    // The server does check: the right password gets in.
    project.ok("--url", url, "--user", PasswordServer.USER, "--password", PasswordServer.PASSWORD, "--message", "initial");
    List<Path> files = project.files();
    assertThat(project.ok("--url", url, "--user", PasswordServer.USER, "--password", PasswordServer.PASSWORD,
        "upgrade", "head").out()).doesNotContain(PasswordServer.PASSWORD);

    String line = refused(project, 1, "--url", url, "--user", PasswordServer.USER, "--password", wrong,
        "--message", "again");
    assertThat(line).isEqualTo("error: cannot log in to " + url + " as " + PasswordServer.USER
        + ": password authentication failed for user \"" + PasswordServer.USER + "\"; check the user and password");
    assertThat(refused(project, 2, "--url", url + "?password=" + wrong, "--user", PasswordServer.USER, "check"))
        .contains("password authentication failed").doesNotContain(wrong);
    project.env("AUTOGEN_PASSWORD", wrong);
    assertThat(refused(project, 1, "--url", url, "--user", PasswordServer.USER, "--message", "again"))
        .contains("password authentication failed").doesNotContain(wrong);
    Result verbose = project.run("--verbose", "--url", url, "--user", PasswordServer.USER, "--message", "again");
    assertThat(verbose.exitCode()).isEqualTo(1);
    assertThat(verbose.out() + verbose.err()).contains("password authentication failed").doesNotContain(wrong);
    assertThat(project.files()).isEqualTo(files);
  }
}
