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
    assertThat(commands()).contains("check", "help");
  }

  @Test
  void helpExitsZeroAndListsTheCommands() {
    Cli.Result r = cli.run("--help");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("Usage: autogen").contains("check", "Exit codes");
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
    Cli.Result r = cli.run("check", "--help");
    assertThat(r.out()).contains("--format", "Global options", "--url JDBC_URL");
    assertThat(r.out()).doesNotContain("--url=JDBC_URL");
  }

  @Test
  void anUnknownOptionIsBadUsage() {
    Cli.Result r = cli.run("check", "--no-such-option");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: Unknown option: '--no-such-option' (see 'autogen check --help')\n");
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
    Cli.Result r = cli.run("check", "--format");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Missing required parameter for option '--format'");
  }

  @Test
  void noCommandIsBadUsage() {
    Cli.Result r = cli.run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: no command given; see 'autogen --help'\n");
  }

  @Test
  void verboseAndQuietTogetherAreBadUsage() {
    Cli.Result r = cli.run("--verbose", "--quiet", "check");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--verbose and --quiet cannot be used together");
  }

  @Test
  void aConfigurationErrorIsBadUsage() throws IOException {
    Files.writeString(dir.resolve("autogen.properties"), "urll=jdbc:postgresql://localhost/x\n");
    Cli.Result r = cli.run(Cli.in(dir, "check"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: autogen.properties: unknown key 'urll'; did you mean 'url'?\n");
  }

  @Test
  void aMissingDirectoryForDashCIsBadUsage() {
    Cli.Result r = cli.run(Cli.in(dir.resolve("nowhere"), "check"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no such directory");
  }

  @Test
  void aFailureExitsOne() {
    Cli.Result r = cli.run(Cli.in(dir, "--message", "add linkedin_url"));
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: autogenerate is not available in this build\n");
  }

  @Test
  void globalOptionsMayFollowTheCommand() {
    Cli.Result r = cli.run("check", "-C", dir.resolve("nowhere").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no such directory");
  }

  @Test
  void checkIsNotAvailableInThisBuild() {
    Cli.Result check = cli.run(Cli.in(dir, "check"));
    assertThat(check.exitCode()).isEqualTo(2);
    assertThat(check.err()).startsWith("error: autogenerate is not available in this build");
  }

  @Test
  void versionIsPrinted() {
    Cli.Result r = cli.run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("autogen ");
  }
}
