package dev.autogen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command run on each file autogen writes (a formatter, a linter), as Alembic's post_write_hooks:
 * {@code hooks=format} and {@code hook.format.command=google-java-format --replace ${file}} in
 * {@code autogen.properties}. The command runs through the system shell ({@code sh -c}, {@code cmd /c} on
 * Windows) in the working directory, with {@code ${file}} replaced by the written file's path, quoted for
 * the shell when it needs quoting.
 *
 * @param name the hook's name in {@code hooks}
 * @param command the command line, with {@code ${file}} where the file goes
 */
public record PostWriteHook(String name, String command) {

  /** The placeholder for the written file's path. */
  public static final String FILE = "file";

  private static final Pattern FILE_PLACEHOLDER = Pattern.compile(Pattern.quote("${" + FILE + "}"));
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");
  private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  /**
   * Runs each hook, in order, on {@code file}. The first that fails (exits non-zero, or cannot start) ends
   * the run with a {@link CliException} of one line: the hook, its exit code and the first line it wrote
   * to stderr. The file stays as written (and as the hooks before it left it).
   */
  static void runAll(List<PostWriteHook> hooks, Path file, Settings settings, Reporter reporter) {
    for (int i = 0; i < hooks.size(); i++) {
      PostWriteHook hook = hooks.get(i);
      Outcome outcome = hook.run(file, settings.workingDirectory(), reporter);
      if (outcome.exitCode() != 0) {
        String skipped = i + 1 < hooks.size()
            ? "; the later hooks (" + String.join(", ", hooks.subList(i + 1, hooks.size()).stream()
                .map(PostWriteHook::name).toList()) + ") did not run"
            : "";
        throw CliException.failure("post-write hook '" + hook.name() + "' failed with exit code " + outcome.exitCode()
            + ": " + outcome.firstErrorLine() + "; " + settings.display(file) + " is left in place as written"
            + (i == 0 ? "" : " and as the hooks before it left it") + skipped);
      }
      reporter.info("Ran post-write hook " + hook.name() + " on " + settings.display(file));
    }
  }

  /** What one run of a hook came to: its exit code and the first non-blank line of its stderr. */
  record Outcome(int exitCode, String firstErrorLine) {}

  /** The command line with {@code ${file}} filled in. */
  String commandFor(Path file) {
    return FILE_PLACEHOLDER.matcher(command).replaceAll(Matcher.quoteReplacement(quote(file.toString())));
  }

  Outcome run(Path file, Path workingDirectory, Reporter reporter) {
    String line = commandFor(file);
    reporter.debug("post-write hook " + name + ": " + line);
    List<String> shell = new ArrayList<>(WINDOWS ? List.of("cmd", "/c") : List.of("sh", "-c"));
    shell.add(line);
    Process process;
    try {
      process = new ProcessBuilder(shell).directory(workingDirectory.toFile()).start();
    } catch (IOException e) {
      return new Outcome(127, "cannot start " + shell.get(0) + ": " + e.getMessage());
    }
    try {
      process.getOutputStream().close();
      // Both streams are drained at once, so a hook that writes much to one never blocks on the other.
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
      int exit = process.waitFor();
      out.join().lines().forEach(l -> reporter.debug("  " + name + ": " + l));
      String errors = err.join();
      errors.lines().forEach(l -> reporter.debug("  " + name + ": " + l));
      String first = errors.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("(nothing on stderr)");
      return new Outcome(exit, first);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      return new Outcome(130, "interrupted");
    }
  }

  private static String drain(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), Charset.defaultCharset());
    } catch (IOException e) {
      return "";
    }
  }

  /** A path as one shell word: as it is when it is plain, otherwise quoted. */
  static String quote(String path) {
    if (SHELL_SAFE.matcher(path).matches()) {
      return path;
    }
    return WINDOWS ? "\"" + path + "\"" : "'" + path.replace("'", "'\\''") + "'";
  }
}
