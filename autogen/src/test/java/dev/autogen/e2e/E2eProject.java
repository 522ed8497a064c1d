package dev.autogen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.Main;
import dev.autogen.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throw-away project in a directory: an {@code autogen.properties} pointing at a compiled entity model
 * and a {@code migrations} directory, on which the CLI runs in this JVM through {@link Main#run}. Each run
 * sees a clock one minute later than the one before, so revisions' files sort in the order they were made,
 * and two projects driven alike name their revisions alike.
 */
final class E2eProject {
  static final Instant START = Instant.parse("2026-11-24T09:00:00Z");
  private static final Pattern ID = Pattern.compile("@Revision\\(\\s*id = \"([0-9_a-f]+)\"");

  final Path dir;
  private final Map<String, String> env = new HashMap<>();
  private int minute;

  private E2eProject(Path dir) {
    this.dir = dir;
  }

  /** A project in {@code dir} whose entities are package {@code entities} compiled in {@code classes}. */
  static E2eProject create(Path dir, Path classes, String entities) {
    E2eProject project = new E2eProject(dir);
    project.configure(classes, entities);
    return project;
  }

  /** A project on a version of the portal's model. */
  static E2eProject portal(Path dir, Entities.Version version) {
    return create(dir, Entities.portal(version), Entities.MODEL);
  }

  /** Points the project at another compiled model, as recompiling changed entities would. */
  E2eProject configure(Path classes, String entities) {
    write(dir.resolve("autogen.properties"), """
        # A project of the end-to-end tests.
        entities=%s
        classpath=%s
        migrations=migrations
        """.formatted(entities, classes.toAbsolutePath()));
    return this;
  }

  /**
   * A copy of the project in {@code other}, its clock where this one's is: another checkout of the same
   * project, as a colleague's branch would be.
   */
  E2eProject copyTo(Path other) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        Path target = other.resolve(dir.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.copy(p, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    E2eProject copy = new E2eProject(other);
    copy.minute = minute;
    copy.env.putAll(env);
    return copy;
  }

  E2eProject entities(Entities.Version version) {
    return configure(Entities.portal(version), Entities.MODEL);
  }

  E2eProject env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Path migrations() {
    return dir.resolve("migrations");
  }

  /** Runs autogen in the project ({@code -C dir}). */
  Result run(String... args) {
    List<String> all = new ArrayList<>(List.of("-C", dir.toString()));
    all.addAll(List.of(args));
    Clock clock = Clock.fixed(START.plusSeconds(60L * minute++), ZoneOffset.UTC);
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code;
    try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
        var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(all.toArray(String[]::new), o, e, Map.copyOf(env), clock);
    }
    return new Result(all, code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs autogen in the project on a live database ({@code --url}, {@code --user}, {@code --password}). */
  Result run(TestDatabase db, String... args) {
    List<String> all = new ArrayList<>(List.of("--url", db.url(), "--user", db.user()));
    if (db.password() != null) {
      all.addAll(List.of("--password", db.password()));
    }
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  /** Runs autogen and expects exit code 0. */
  Result ok(String... args) {
    Result r = run(args);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return r;
  }

  Result ok(TestDatabase db, String... args) {
    Result r = run(db, args);
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return r;
  }

  /** The migration files, sorted by name (which is the order they were made in). */
  List<Path> files() {
    if (!Files.isDirectory(migrations())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(migrations())) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file below the project directory with its content: to prove that a failed run wrote nothing. */
  Map<Path, String> tree() {
    try (Stream<Path> paths = Files.walk(dir)) {
      Map<Path, String> tree = new TreeMap<>();
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        tree.put(dir.relativize(p), Files.readString(p));
      }
      return tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one file that appeared in the migrations directory since {@code before}. */
  Path newFile(List<Path> before) {
    List<Path> added = new ArrayList<>(files());
    added.removeAll(before);
    assertThat(added).as("new files in " + migrations()).hasSize(1);
    return added.get(0);
  }

  /** Writes a revision with {@code revision --empty}, then fills in its upgrade and downgrade; returns its id. */
  String handWritten(String message, String upgrade, String downgrade, String... extra) {
    List<Path> before = files();
    List<String> args = new ArrayList<>(List.of("revision", "--empty", "-m", message));
    args.addAll(List.of(extra));
    ok(args.toArray(String[]::new));
    Path file = newFile(before);
    String source = read(file);
    source = source.replaceFirst("    // Write the upgrade here.*\n", Matcher.quoteReplacement("    " + upgrade + "\n"));
    source = source.replaceFirst("    // Undo the upgrade here.*\n", Matcher.quoteReplacement("    " + downgrade + "\n"));
    write(file, source);
    return idOf(file);
  }

  static String idOf(Path file) {
    Matcher m = ID.matcher(read(file));
    assertThat(m.find()).as("a revision id in " + file).isTrue();
    return m.group(1);
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles the migration sources as strictly as a careful project would (every lint warning an error,
   * Javadoc checked) against the runtime, into {@code classes}.
   */
  static void assertCompiles(Path classes, List<Path> files) {
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "--release", "17",
        "-Xlint:all,-path", "-Werror", "-Xdoclint:all,-missing", "-cp", System.getProperty("java.class.path")));
    files.forEach(f -> args.add(f.toString()));
    Entities.compile(args);
  }

  /** What one run returned and printed. */
  record Result(List<String> args, int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    /**
     * The one line a failed run printed: exactly one line on stderr, starting with {@code error: }, nothing
     * on stdout, and a non-zero exit code.
     */
    String oneErrorLine() {
      assertThat(exitCode).as(toString()).isNotZero();
      assertThat(errLines()).as(toString()).hasSize(1);
      assertThat(err).as(toString()).startsWith("error: ");
      assertThat(out).as(toString()).isEmpty();
      return errLines().get(0);
    }

    @Override
    public String toString() {
      return "autogen " + String.join(" ", args) + "\nexit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
