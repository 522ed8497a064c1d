package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class MainTest {

  @TempDir Path dir;

  private final Cli cli = new Cli();

  static List<String> commands() {
    var main = new Main(new Reporter(System.out, System.err, false), Map.of(), Path.of(""), Clock.systemUTC());
    return List.copyOf(new CommandLine(main).getSubcommands().keySet());
  }

  @Test
  void theCommandsOfThisBuild() {
    assertThat(commands()).contains("revision", "upgrade", "downgrade", "current", "history", "heads",
        "branches", "show", "stamp", "check", "help");
  }

  @Test
  void helpExitsZeroAndListsTheCommands() {
    Cli.Result r = cli.run("--help");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Usage: autogen").contains("upgrade", "downgrade", "revision", "Exit codes");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasHelp(String command) {
    Cli.Result r = cli.run(command, "--help");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: autogen " + command);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void commandHelpNamesTheGlobalOptionsOnce() {
    Cli.Result r = cli.run("upgrade", "--help");
    assertThat(r.out()).contains("--sql", "--accept-checksums", "Global options", "--url JDBC_URL");
    assertThat(r.out()).doesNotContain("--url=JDBC_URL");
  }

  @Test
  void anUnknownOptionIsBadUsage() {
    Cli.Result r = cli.run("upgrade", "--no-such-option");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: Unknown option: '--no-such-option' (see 'autogen upgrade --help')\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownCommandIsBadUsage() {
    Cli.Result r = cli.run("upgrayedd");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains("upgrayedd");
  }

  @Test
  void aMissingParameterIsBadUsage() {
    Cli.Result r = cli.run("downgrade");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Missing required parameter: 'TARGET'");
  }

  @Test
  void noCommandIsBadUsage() {
    Cli.Result r = cli.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: no command given; see 'autogen --help'\n");
  }

  @Test
  void verboseAndQuietTogetherAreBadUsage() {
    Cli.Result r = cli.run("--verbose", "--quiet", "heads");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--verbose and --quiet cannot be used together");
  }

  @Test
  void aConfigurationErrorIsBadUsage() throws IOException {
    Files.writeString(dir.resolve("autogen.properties"), "urll=jdbc:postgresql://localhost/x\n");
    Cli.Result r = cli.run(Cli.in(dir, "heads"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: autogen.properties: unknown key 'urll'; did you mean 'url'?\n");
  }

  @Test
  void aMissingDirectoryForDashCIsBadUsage() {
    Cli.Result r = cli.run(Cli.in(dir.resolve("nowhere"), "heads"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no such directory");
  }

  @Test
  void aFailureExitsOne() {
    // No migrations directory: the command cannot run.
    Cli.Result r = cli.run(Cli.in(dir, "heads"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: no migrations directory migrations; write the first revision with"
        + " 'autogen revision --empty -m MSG', or set migrations in autogen.properties\n");
  }

  @Test
  void aCommandNeedingTheDatabaseSaysHowToGiveIt() throws IOException {
    Files.createDirectories(dir.resolve("migrations"));
    Cli.Result r = cli.run(Cli.in(dir, "current"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: no database given; set url in autogen.properties, AUTOGEN_URL or --url\n");
  }

  @Test
  void globalOptionsMayFollowTheCommand() {
    Cli.Result r = cli.run("heads", "-C", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("no migrations directory migrations");
  }

  @Test
  void autogenerateWithoutEntitiesSaysHowToNameThem() {
    Cli.Result viaRevision = cli.run(Cli.in(dir, "revision", "-m", "add linkedin_url"));
    assertThat(viaRevision.exitCode()).isEqualTo(1);
    assertThat(viaRevision.err()).isEqualTo("error: no entity packages are configured; set"
        + " entities=com.example.model in autogen.properties or pass --entities\n");

    Cli.Result viaMessage = cli.run(Cli.in(dir, "--message", "add linkedin_url"));
    assertThat(viaMessage).isEqualTo(viaRevision);

    Cli.Result check = cli.run(Cli.in(dir, "check"));
    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.err()).startsWith("error: no entity packages are configured");
  }

  @Test
  void messageWithACommandIsBadUsage() {
    Cli.Result r = cli.run(Cli.in(dir, "--message", "x", "upgrade"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--message writes a revision on its own");
  }

  @Test
  void versionIsPrinted() {
    Cli.Result r = cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("autogen ");
  }
}
