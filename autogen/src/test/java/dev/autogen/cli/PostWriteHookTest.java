package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Post-write hooks, run as real shell commands on the files that revision --empty and merge write. */
class PostWriteHookTest {

  @TempDir Path dir;

  private int minute;

  private Cli.Result run(Path project, String... args) {
    return run(new Cli(), project, args);
  }

  private Cli.Result run(Cli cli, Path project, String... args) {
    return cli.clock(Clock.fixed(Instant.parse("2026-11-24T09:00:00Z").plusSeconds(60L * minute++), ZoneOffset.UTC))
        .run(Cli.in(project, args));
  }

  private static void config(Path project, String... lines) throws IOException {
    Files.createDirectories(project);
    Files.writeString(project.resolve("autogen.properties"), String.join("\n", lines) + "\n");
  }

  private static List<Path> revisions(Path project) throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("migrations"))) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void eachHookRunsInOrderOnTheNewRevision() throws IOException {
    config(dir,
        "hooks=stamp,mark",
        "hook.stamp.command=sed -i '1i // reviewed by ${env:REVIEWER}' ${file}",
        "hook.mark.command=touch ${file}.marked");
    Cli.Result r = run(new Cli().env("REVIEWER", "the hook"), dir, "revision", "--empty", "-m", "add role");
    assertThat(r.exitCode()).as(r.toString()).isZero();

    Path file = dir.resolve("migrations/M20261124_0900_add_role.java");
    assertThat(Files.readString(file)).startsWith("// reviewed by the hook\n");
    assertThat(dir.resolve("migrations/M20261124_0900_add_role.java.marked")).exists();
    assertThat(r.out()).containsSubsequence("Created migrations/M20261124_0900_add_role.java",
        "Ran post-write hook stamp on migrations/M20261124_0900_add_role.java",
        "Ran post-write hook mark on migrations/M20261124_0900_add_role.java");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aMergeRevisionGoesThroughTheHooksToo() throws IOException {
    config(dir, "hooks=stamp", "hook.stamp.command=sed -i '1i // formatted' ${file}");
    assertThat(run(dir, "revision", "--empty", "-m", "users").exitCode()).isZero();
    assertThat(run(dir, "revision", "--empty", "-m", "audit", "--head", "base").exitCode()).isZero();
    Cli.Result merge = run(dir, "merge", "-m", "join heads");
    assertThat(merge.exitCode()).as(merge.toString()).isZero();

    List<Path> files = revisions(dir);
    assertThat(files).hasSize(3);
    for (Path f : files) {
      assertThat(Files.readString(f)).as(f.toString()).startsWith("// formatted\n");
    }
    assertThat(merge.out()).contains("Ran post-write hook stamp on migrations/M20261124_0902_join_heads.java");
  }

  @Test
  void theFileIsQuotedForTheShellWhenItsPathNeedsIt() throws IOException {
    Path project = dir.resolve("my project's db");
    config(project, "hooks=stamp", "hook.stamp.command=sed -i '1i // formatted' ${file}");
    Cli.Result r = run(project, "revision", "--empty", "-m", "first");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readString(revisions(project).get(0))).startsWith("// formatted\n");
    assertThat(PostWriteHook.quote("/tmp/a b/M1.java")).isEqualTo("'/tmp/a b/M1.java'");
    assertThat(PostWriteHook.quote("/tmp/it's/M1.java")).isEqualTo("'/tmp/it'\\''s/M1.java'");
    assertThat(PostWriteHook.quote("/tmp/plain/M1.java")).isEqualTo("/tmp/plain/M1.java");
  }

  @Test
  void aFailingHookIsOneLineAndExitCodeOneAndTheFileStays() throws IOException {
    config(dir,
        "hooks=lint,stamp",
        "hook.lint.command=echo 'lint: line 3: unused import' >&2; echo 'second line' >&2; exit 3",
        "hook.stamp.command=sed -i '1i // formatted' ${file}");
    Cli.Result r = run(dir, "revision", "--empty", "-m", "add role");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("error: post-write hook 'lint' failed with exit code 3: lint: line 3: unused import;"
        + " migrations/M20261124_0900_add_role.java is left in place as written; the later hooks (stamp) did not run\n");
    Path file = dir.resolve("migrations/M20261124_0900_add_role.java");
    assertThat(file).exists();
    assertThat(Files.readString(file)).startsWith("import").contains("message = \"add role\"");
    assertThat(r.out()).contains("Created migrations/M20261124_0900_add_role.java");
  }

  @Test
  void aHookWithoutStderrOrThatCannotRunSaysSo() throws IOException {
    config(dir, "hooks=missing", "hook.missing.command=no-such-formatter-anywhere ${file}");
    Cli.Result r = run(dir, "revision", "--empty", "-m", "first");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: post-write hook 'missing' failed with exit code 127: ")
        .contains("no-such-formatter-anywhere").endsWith("is left in place as written\n");

    config(dir, "hooks=silent", "hook.silent.command=exit 4");
    Cli.Result silent = run(dir, "revision", "--empty", "-m", "second");
    assertThat(silent.err()).startsWith("error: post-write hook 'silent' failed with exit code 4: (nothing on stderr);");
  }

  @Test
  void theEnvironmentOrAFlagChoosesTheHooks() throws IOException {
    config(dir,
        "hooks=fail",
        "hook.fail.command=exit 1",
        "hook.format.command=sed -i '1i // formatted' ${file}");
    Cli.Result none = run(new Cli().env("AUTOGEN_HOOKS", "none"), dir, "revision", "--empty", "-m", "first");
    assertThat(none.exitCode()).as(none.toString()).isZero();
    assertThat(none.out()).doesNotContain("post-write hook");

    Cli.Result flag = run(dir, "--hooks", "format", "revision", "--empty", "-m", "second");
    assertThat(flag.exitCode()).as(flag.toString()).isZero();
    assertThat(Files.readString(revisions(dir).get(1))).startsWith("// formatted\n");
  }

  @Test
  void hookSettingsAreChecked() throws IOException {
    config(dir, "hooks=format");
    Cli.Result missing = run(dir, "revision", "--empty", "-m", "first");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo(
        "error: hooks names 'format', but hook.format.command is not set in autogen.properties\n");

    config(dir, "hooks=format", "hook.format.comand=google-java-format --replace ${file}");
    Cli.Result typo = run(dir, "revision", "--empty", "-m", "first");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).isEqualTo(
        "error: autogen.properties: unknown key 'hook.format.comand'; did you mean 'hook.format.command'?\n");

    config(dir, "hooks=format", "hook.format.command=fmt ${path}");
    Cli.Result placeholder = run(dir, "revision", "--empty", "-m", "first");
    assertThat(placeholder.exitCode()).isEqualTo(2);
    assertThat(placeholder.err()).contains("hook.format.command holds '${path}'", "${file} for the written file");
    assertThat(dir.resolve("migrations")).doesNotExist();
  }
}
