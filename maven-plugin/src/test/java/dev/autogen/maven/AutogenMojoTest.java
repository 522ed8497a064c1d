package dev.autogen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals' parameters as the CLI's arguments, the CLI's output in the Maven log, and its exit codes as the
 * build's outcome. The goals' work on a real project and database is tested by Maven itself (src/it).
 */
class AutogenMojoTest {

  @TempDir Path project;

  private <T extends AutogenMojo> T configure(T mojo, RecordingLog log) {
    mojo.setLog(log);
    mojo.basedir = project.toFile();
    mojo.classpathElements = List.of(project.resolve("target/classes").toString(), "/repo/hibernate-core.jar");
    return mojo;
  }

  @Test
  void parametersBecomeTheFlagsOfTheCommand() {
    UpgradeMojo upgrade = configure(new UpgradeMojo(), new RecordingLog(false));
    upgrade.url = "jdbc:postgresql://db:5432/app";
    upgrade.user = "app";
    upgrade.password = "secret";
    upgrade.migrations = "src/main/java/com/example/migrations";
    upgrade.entities = List.of("com.example.model", "com.example.audit");
    upgrade.schema = "sales";
    upgrade.target = "-1";
    upgrade.sql = true;

    assertThat(upgrade.arguments()).containsExactly(
        "-C", project.toString(),
        "--classpath=" + project.resolve("target/classes") + File.pathSeparator + "/repo/hibernate-core.jar",
        "--url=jdbc:postgresql://db:5432/app",
        "--user=app",
        "--password=secret",
        "--migrations=src/main/java/com/example/migrations",
        "--schema=sales",
        "--entities=com.example.model,com.example.audit",
        "upgrade", "--sql", "--", "-1");
  }

  @Test
  void eachGoalIsItsCommand() {
    RevisionMojo revision = configure(new RevisionMojo(), new RecordingLog(false));
    revision.message = "add linkedin_url";
    revision.empty = true;
    assertThat(tail(revision.arguments(), 3)).containsExactly("revision", "--message=add linkedin_url", "--empty");

    CheckMojo check = configure(new CheckMojo(), new RecordingLog(false));
    check.format = "json";
    assertThat(tail(check.arguments(), 2)).containsExactly("check", "--format=json");

    DowngradeMojo downgrade = configure(new DowngradeMojo(), new RecordingLog(false));
    downgrade.target = "base";
    assertThat(tail(downgrade.arguments(), 3)).containsExactly("downgrade", "--", "base");

    CurrentMojo current = configure(new CurrentMojo(), new RecordingLog(false));
    current.details = true;
    assertThat(tail(current.arguments(), 2)).containsExactly("current", "-v");

    HistoryMojo history = configure(new HistoryMojo(), new RecordingLog(false));
    history.revRange = "base:head";
    history.indicateCurrent = true;
    assertThat(tail(history.arguments(), 3)).containsExactly("history", "--rev-range=base:head", "--indicate-current");
  }

  @Test
  void mavenDebugMakesAutogenVerbose() {
    CurrentMojo quiet = configure(new CurrentMojo(), new RecordingLog(false));
    CurrentMojo debug = configure(new CurrentMojo(), new RecordingLog(true));
    assertThat(quiet.arguments()).doesNotContain("--verbose");
    assertThat(debug.arguments()).contains("--verbose");
  }

  @Test
  void outputGoesToTheLogByTheCliPrefixes() {
    RecordingLog log = new RecordingLog(false);
    List<String> transcript = new ArrayList<>();
    MavenLogStream out = new MavenLogStream(log, false, transcript);
    MavenLogStream err = new MavenLogStream(log, true, transcript);
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      o.println("Applied 2026 initial schema → head");
      e.println("warning: NOT NULL column without a default");
      e.println("error: 1 difference(s) found:");
      o.print("  - added column users.role");
    }
    assertThat(log.lines).containsExactly(
        "info: Applied 2026 initial schema → head",
        "warn: NOT NULL column without a default",
        "error: 1 difference(s) found:",
        "info:   - added column users.role");
    assertThat(err.errors()).containsExactly("1 difference(s) found:");
    assertThat(transcript).hasSize(4);
  }

  @Test
  void checkFailsWithTheDifferences() {
    CheckMojo check = configure(new CheckMojo(), new RecordingLog(false));
    List<String> transcript = List.of(
        "Reading the entities",
        "error: 1 difference(s) found:",
        "  migrations → entities (what would bring the migrations to the entities):",
        "    - added column team_members.linkedin_url (TeamMember.linkedinUrl)");
    assertThat(check.failureMessage(transcript, List.of("1 difference(s) found:"))).isEqualTo("""
        1 difference(s) found:
          migrations → entities (what would bring the migrations to the entities):
            - added column team_members.linkedin_url (TeamMember.linkedinUrl)""");
  }

  @Test
  void checkInJsonFailsWithTheReport() {
    CheckMojo check = configure(new CheckMojo(), new RecordingLog(false));
    String json = "{\"status\":\"drift\",\"differences\":[{\"from\":\"migrations\",\"to\":\"entities\","
        + "\"change\":\"added column users.role\"}]}";
    assertThat(check.failureMessage(List.of(json), List.of())).isEqualTo(json);
  }

  @Test
  void badUsageIsAnExecutionError() {
    RecordingLog log = new RecordingLog(false);
    CurrentMojo current = configure(new CurrentMojo(), log);

    assertThatThrownBy(current::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("no database given");
    assertThat(log.lines).anyMatch(l -> l.startsWith("error: no database given"));
  }

  @Test
  void aFailedCommandFailsTheBuild() throws Exception {
    Files.createDirectories(project.resolve("migrations"));
    UpgradeMojo upgrade = configure(new UpgradeMojo(), new RecordingLog(false));
    upgrade.url = "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2";
    upgrade.password = "hunter2";
    upgrade.target = "head";

    assertThatThrownBy(upgrade::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:1/nothing")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void autogenPropertiesInTheProjectDirectoryApply() throws Exception {
    Files.writeString(project.resolve("autogen.properties"), "urll=jdbc:postgresql://db/app\n");
    CurrentMojo current = configure(new CurrentMojo(), new RecordingLog(false));

    assertThatThrownBy(current::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("unknown key 'urll'; did you mean 'url'?");
  }

  @Test
  void skipDoesNothing() throws Exception {
    RecordingLog log = new RecordingLog(false);
    CurrentMojo current = configure(new CurrentMojo(), log);
    current.skip = true;
    current.execute();
    assertThat(log.lines).containsExactly("info: Skipping autogen (autogen.skip)");
  }

  private static List<String> tail(List<String> list, int n) {
    return list.subList(list.size() - n, list.size());
  }
}
