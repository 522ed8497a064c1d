package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReporterTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Reporter reporter(boolean color) {
    return new Reporter(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), color);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void registeredSecretsAreMaskedEverywhere() {
    Reporter r = reporter(false);
    r.secret("pa55word");
    r.result("connecting with pa55word");
    r.error("authentication with pa55word failed");
    assertThat(out()).isEqualTo("connecting with ****\n");
    assertThat(err()).isEqualTo("error: authentication with **** failed\n");
  }

  @Test
  void aShortSecretIsMaskedAsATokenNotInsideWords() {
    Reporter r = reporter(false);
    r.secret("ro");
    r.result("dropped column x; password ro; url //u:ro@h");
    assertThat(out()).isEqualTo("dropped column x; password ****; url //u:****@h\n");
  }

  @Test
  void passwordsInUrlsAreMasked() {
    Reporter r = reporter(false);
    assertThat(r.redact("jdbc:postgresql://db:5432/app?user=app&password=t0p&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/app?user=app&password=****&ssl=true");
    assertThat(r.redact("postgresql://app:t0p@db/app")).isEqualTo("postgresql://app:****@db/app");
    // SQL that merely mentions a password column is left alone.
    assertThat(r.redact("UPDATE users SET password='x'")).isEqualTo("UPDATE users SET password='x'");
  }

  @Test
  void errorsAreOneLine() {
    reporter(false).error("first line\n  second line\n");
    assertThat(err()).isEqualTo("error: first line; second line\n");
  }

  @Test
  void plainWithoutColour() {
    Reporter r = reporter(false);
    r.success("Applied " + r.rev("20261124_0930_4f1c"));
    assertThat(out()).isEqualTo("Applied 20261124_0930_4f1c\n");
  }

  @Test
  void aMarkOnATerminal() {
    Reporter r = reporter(true);
    r.success("Applied");
    assertThat(out()).matches("\u001b\\[32m[✓*]\u001b\\[0m Applied\n");
  }

  @Test
  void colouredOnATerminal() {
    Reporter r = reporter(true);
    r.result(r.rev("abc"));
    assertThat(out()).isEqualTo("\u001b[33mabc\u001b[0m\n");
  }

  @Test
  void quietKeepsResultsWarningsAndErrors() {
    Reporter r = reporter(false);
    r.verbosity(Reporter.Verbosity.QUIET);
    r.info("progress");
    r.success("done");
    r.result("result");
    r.warn("careful");
    r.debug("detail");
    assertThat(out()).isEqualTo("result\n");
    assertThat(err()).isEqualTo("warning: careful\n");
  }

  @Test
  void debugOnlyWhenVerbose() {
    Reporter r = reporter(false);
    r.debug("hidden");
    r.verbosity(Reporter.Verbosity.VERBOSE);
    r.debug("shown");
    assertThat(err()).isEqualTo("shown\n");
  }

  @Test
  void noColourWhenNoColorIsSetOrNotATerminal() {
    var o = new ByteArrayOutputStream();
    var e = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"upgrade", "--nope"}, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), Map.of("NO_COLOR", "1"), true);
    assertThat(code).isEqualTo(2);
    assertThat(e.toString(StandardCharsets.UTF_8)).startsWith("error: ").doesNotContain("\u001b[");

    e.reset();
    Main.run(new String[] {"upgrade", "--nope"}, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8), Map.of(), true);
    assertThat(e.toString(StandardCharsets.UTF_8)).contains("\u001b[31m");
  }

  // ---- progress --------------------------------------------------------------------------------------

  private Reporter terminal() {
    return new Reporter(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false, true);
  }

  @Test
  void offATerminalProgressIsOnePlainLineOfDetail() {
    Reporter r = reporter(false);
    try (Reporter.Progress p = r.progress("Replaying 40 migrations on a shadow database")) {
      p.update("1/40 create users");
    }
    assertThat(out() + err()).as("not verbose").isEmpty();

    r.verbosity(Reporter.Verbosity.VERBOSE);
    try (Reporter.Progress p = r.progress("Replaying 40 migrations on a shadow database")) {
      p.update("1/40 create users");
      p.update("2/40 add role");
    }
    assertThat(err()).isEqualTo("Replaying 40 migrations on a shadow database...\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void onATerminalProgressIsOneLineRewrittenThenErased() {
    Reporter r = terminal();
    try (Reporter.Progress p = r.progress("Replaying 2 migrations")) {
      p.update("1/2 create users");
      p.update("2/2 add role");
    }
    String text = out();
    assertThat(text).doesNotContain("\n").contains("\r\u001b[K").contains("Replaying 2 migrations: 1/2 create users")
        .contains("Replaying 2 migrations: 2/2 add role").endsWith("\r\u001b[K");
    assertThat(err()).isEmpty();
  }

  @Test
  void linesPrintedDuringProgressGoAboveIt() {
    Reporter r = terminal();
    try (Reporter.Progress p = r.progress("Reading the entities")) {
      r.result("a result");
    }
    // Erased, the line printed, the progress drawn again below it, then erased for good.
    // (The spinner may have turned in between: each drawing is the task again.)
    assertThat(out()).matches("(\r\u001b\\[K. Reading the entities)+\r\u001b\\[Ka result\n"
        + "(\r\u001b\\[K. Reading the entities)+\r\u001b\\[K");
  }

  @Test
  void quietShowsNoProgress() {
    Reporter r = terminal();
    r.verbosity(Reporter.Verbosity.QUIET);
    try (Reporter.Progress p = r.progress("Reading the entities")) {
      p.update("half way");
    }
    Reporter plain = reporter(false);
    plain.verbosity(Reporter.Verbosity.QUIET);
    plain.progress("Reading the entities").close();
    assertThat(out()).isEmpty();
    assertThat(err()).isEmpty();
  }

  @Test
  void aLongProgressLineIsCutToTheTerminalWidth() {
    Reporter r = terminal();
    try (Reporter.Progress p = r.progress("Replaying migrations")) {
      p.update("x".repeat(200));
    }
    for (String drawn : out().split("\r\u001b\\[K")) {
      assertThat(drawn.length()).isLessThanOrEqualTo(79);
    }
  }
}
