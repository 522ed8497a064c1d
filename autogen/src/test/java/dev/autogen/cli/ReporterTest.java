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
}
