package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionCommandTest {

  private static final Pattern ID = Pattern.compile("@Revision\\(\\s*id = \"([0-9_a-f]+)\"");

  @TempDir Path dir;
  @TempDir Path classes;

  private Cli at(String instant) {
    return new Cli().clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  private Path migrations() {
    return dir.resolve("src/main/java/com/example/portal/migrations");
  }

  private Cli.Result revision(String instant, String message, String... extra) {
    List<String> args = new java.util.ArrayList<>(Cli.in(dir, "--package", "com.example.portal.migrations",
        "revision", "--empty", "-m", message));
    args.addAll(List.of(extra));
    return at(instant).run(args);
  }

  private static String idOf(Path file) throws IOException {
    Matcher m = ID.matcher(Files.readString(file));
    assertThat(m.find()).as("revision id in " + file).isTrue();
    return m.group(1);
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(migrations())) {
      return files.sorted().toList();
    }
  }

  @Test
  void theFirstRevisionIsABaseRevisionThatCompiles() throws IOException {
    Cli.Result r = revision("2026-11-24T09:30:12Z", "Add role to users");
    assertThat(r.exitCode()).as(r.toString()).isZero();

    Path file = migrations().resolve("M20261124_0930_add_role_to_users.java");
    assertThat(r.out()).contains("Created src/main/java/com/example/portal/migrations/M20261124_0930_add_role_to_users.java");
    String source = Files.readString(file);
    assertThat(source)
        .startsWith("package com.example.portal.migrations;")
        .contains("public final class M20261124_0930_add_role_to_users implements Migration")
        .contains("message = \"Add role to users\"")
        .doesNotContain("parents");
    assertThat(idOf(file)).matches("20261124_0930_[0-9a-f]{4}");
    assertCompiles(file);
  }

  @Test
  void aRevisionFollowsTheCurrentHead() throws IOException {
    assertThat(revision("2026-11-24T09:30:00Z", "create users").exitCode()).isZero();
    assertThat(revision("2026-11-24T10:15:00Z", "add role").exitCode()).isZero();
    Cli.Result third = revision("2026-11-25T08:00:00Z", "fill role");
    assertThat(third.exitCode()).as(third.toString()).isZero();

    List<Path> files = files();
    assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly(
        "M20261124_0930_create_users.java", "M20261124_1015_add_role.java", "M20261125_0800_fill_role.java");
    String first = idOf(files.get(0));
    String second = idOf(files.get(1));
    assertThat(Files.readString(files.get(1))).contains("parents = \"" + first + "\"");
    assertThat(Files.readString(files.get(2))).contains("parents = \"" + second + "\"");
    assertThat(third.out()).contains("follows " + second);
    assertCompiles(files.toArray(Path[]::new));
  }

  @Test
  void severalHeadsNeedHeadToChoose() throws IOException {
    assertThat(revision("2026-11-24T09:30:00Z", "create users").exitCode()).isZero();
    String users = idOf(files().get(0));
    // A second base revision: now there are two heads.
    Cli.Result branch = revision("2026-11-24T09:40:00Z", "audit schema", "--head", "base", "--branch-label", "audit");
    assertThat(branch.exitCode()).as(branch.toString()).isZero();
    String audit = idOf(migrations().resolve("M20261124_0940_audit_schema.java"));

    Cli.Result refused = revision("2026-11-24T09:50:00Z", "add role");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).startsWith("error: there are 2 heads (").contains(users, audit)
        .contains("choose the one to follow with --head REV");
    assertThat(files()).hasSize(2);

    Cli.Result chosen = revision("2026-11-24T09:50:00Z", "add role", "--head", users.substring(0, 16));
    assertThat(chosen.exitCode()).as(chosen.toString()).isZero();
    assertThat(Files.readString(migrations().resolve("M20261124_0950_add_role.java")))
        .contains("parents = \"" + users + "\"");
  }

  @Test
  void aMergeOfTwoHeadsIsNotAHeadToFollowTwice() throws IOException {
    assertThat(revision("2026-11-24T09:30:00Z", "create users").exitCode()).isZero();
    String users = idOf(files().get(0));
    assertThat(revision("2026-11-24T09:31:00Z", "add role").exitCode()).isZero();
    Cli.Result notAHead = revision("2026-11-24T09:32:00Z", "other", "--head", users);
    assertThat(notAHead.exitCode()).isEqualTo(1);
    assertThat(notAHead.err()).contains(users + " is not a head");
  }

  @Test
  void theSameMessageInTheSameMinuteGetsItsOwnFile() {
    assertThat(revision("2026-11-24T09:30:00Z", "fix").exitCode()).isZero();
    assertThat(revision("2026-11-24T09:30:30Z", "fix").exitCode()).isZero();
    assertThat(migrations().resolve("M20261124_0930_fix.java")).exists();
    assertThat(migrations().resolve("M20261124_0930_fix_2.java")).exists();
  }

  @Test
  void theEmptyRevisionFile() {
    NewRevision revision = new NewRevision("20261124_0930_4f1c", List.of("20261120_1412_a9e2", "20261121_0800_77b0"),
        List.of(), List.of(), "merge \"users\" */ heads", "com.example.migrations", "M20261124_0930_merge_heads",
        dir.resolve("M20261124_0930_merge_heads.java"));
    assertThat(EmptyRevisionWriter.render(revision)).isEqualTo("""
        package com.example.migrations;

        import static dev.autogen.runtime.op.ColumnChanges.alter;
        import static dev.autogen.runtime.schema.Ddl.*;

        import dev.autogen.runtime.Migration;
        import dev.autogen.runtime.Operations;
        import dev.autogen.runtime.Revision;

        /**
         * merge "users" *&#47; heads
         */
        @Revision(
            id = "20261124_0930_4f1c",
            parents = {
                "20261120_1412_a9e2",
                "20261121_0800_77b0"
            },
            message = "merge \\"users\\" */ heads"
        )
        public final class M20261124_0930_merge_heads implements Migration {
          @Override
          public void upgrade(Operations op) {
            // Write the upgrade here, e.g. op.addColumn("users", column("role", varchar(50)));
          }

          @Override
          public void downgrade(Operations op) {
            // Undo the upgrade here, e.g. op.dropColumn("users", "role");
          }
        }
        """);
  }

  @Test
  void slugs() {
    assertThat(NewRevision.slug("Add LinkedIn URL!")).isEqualTo("add_linkedin_url");
    assertThat(NewRevision.slug("  Größe ändern  ")).isEqualTo("grosse_andern");
    assertThat(NewRevision.slug("!!!")).isEqualTo("revision");
    assertThat(NewRevision.slug("a very long message that goes on and on about many different things"))
        .isEqualTo("a_very_long_message_that_goes_on_and_on");
  }

  /** Compiles the files against the test class path (which holds the runtime). */
  private void assertCompiles(Path... files) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    var diagnostics = new java.io.ByteArrayOutputStream();
    List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-cp",
        System.getProperty("java.class.path"), "-proc:none"));
    Stream.of(files).map(Path::toString).forEach(args::add);
    int code = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
    assertThat(code).as(diagnostics.toString()).isZero();
  }
}
