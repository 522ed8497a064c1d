package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A project directory with migrations written by {@code revision --empty} and then filled in, as a person would. */
final class Project {
  private static final Pattern ID = Pattern.compile("id = \"([0-9_a-f]+)\"");

  final Path dir;
  private final String url;
  private final String user;
  private final String password;
  private int minute;

  Project(Path dir, TestDatabase db) {
    this(dir, db.url(), db.user(), db.password());
  }

  /** A project on any database. */
  Project(Path dir, String url, String user, String password) {
    this.dir = dir;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  Path migrations() {
    return dir.resolve("migrations");
  }

  /** Runs autogen in the project, on the test database. */
  Cli.Result run(String... args) {
    return run(new Cli(), args);
  }

  /** Runs autogen in the project, on the test database, with the environment variable {@code PATH} set. */
  Cli.Result runWithPath(String path, String... args) {
    return run(new Cli().env("PATH", path), args);
  }

  private Cli.Result run(Cli cli, String... args) {
    List<String> all = new ArrayList<>(List.of("-C", dir.toString(), "--url", url, "--user", user));
    if (password != null) {
      all.addAll(List.of("--password", password));
    }
    all.addAll(List.of(args));
    Cli.Result result = cli.clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z").plusSeconds(60L * minute++),
        ZoneOffset.UTC)).run(all);
    return result;
  }

  /** Writes a revision after the head whose upgrade and downgrade are the given statements; returns its id. */
  String revision(String message, String upgrade, String downgrade, String... extra) {
    List<String> args = new ArrayList<>(List.of("revision", "--empty", "-m", message));
    args.addAll(List.of(extra));
    Cli.Result r = run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Path file = newest();
    try {
      String source = Files.readString(file);
      source = source.replaceFirst("    // Write the upgrade here.*\n", Matcher.quoteReplacement("    " + upgrade + "\n"));
      source = source.replaceFirst("    // Undo the upgrade here.*\n", Matcher.quoteReplacement("    " + downgrade + "\n"));
      Files.writeString(file, source);
      Matcher m = ID.matcher(source);
      assertThat(m.find()).isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites a file's parents, to build branches by hand. */
  void reparent(String id, String... parents) {
    try (var files = Files.list(migrations())) {
      for (Path f : files.toList()) {
        String s = Files.readString(f);
        if (s.contains("id = \"" + id + "\"")) {
          String list = parents.length == 0 ? "" : "parents = {\"" + String.join("\", \"", parents) + "\"},";
          s = s.replaceFirst("parents = (\\{[^}]*}|\"[^\"]*\"),", Matcher.quoteReplacement(list));
          Files.writeString(f, s);
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no revision " + id);
  }

  private Path newest() {
    try (var files = Files.list(migrations())) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().reduce((a, b) -> b).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
