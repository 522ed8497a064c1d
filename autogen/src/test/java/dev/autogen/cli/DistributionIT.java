package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution archives, as built by {@code package}: unpacked, {@code bin/autogen} runs from anywhere. */
class DistributionIT {

  @TempDir Path unpacked;
  @TempDir Path elsewhere;

  private static Path archive(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      List<Path> found = files.filter(f -> f.getFileName().toString().matches("autogen-.+-dist\\." + suffix)).toList();
      assertThat(found).as("autogen-<version>-dist." + suffix + " in target/").hasSize(1);
      return found.get(0).toAbsolutePath();
    }
  }

  private record Run(int exitCode, String out, String err) {}

  private static Run run(Path workingDirectory, String... command) throws Exception {
    Process p = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
    p.getOutputStream().close();
    var out = p.getInputStream().readAllBytes();
    var err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  private Path unpackTarball() throws Exception {
    Run tar = run(unpacked, "tar", "-xzf", archive("tar\\.gz").toString());
    assertThat(tar.exitCode()).as(tar.err()).isZero();
    try (Stream<Path> dirs = Files.list(unpacked)) {
      List<Path> top = dirs.toList();
      assertThat(top).hasSize(1);
      return top.get(0);
    }
  }

  @Test
  void binAutogenRunsFromAnyDirectory() throws Exception {
    Path home = unpackTarball();
    Path launcher = home.resolve("bin/autogen");
    assertThat(Files.isExecutable(launcher)).isTrue();
    assertThat(Files.list(home.resolve("lib")).map(f -> f.getFileName().toString()))
        .anyMatch(n -> n.matches("autogen-\\d.*\\.jar"))
        .anyMatch(n -> n.startsWith("autogen-runtime-"))
        .anyMatch(n -> n.startsWith("picocli-"))
        .anyMatch(n -> n.startsWith("postgresql-"));

    Run help = run(elsewhere, launcher.toString(), "--help");
    assertThat(help.exitCode()).as(help.err()).isZero();
    assertThat(help.out()).startsWith("Usage: autogen").contains("check");
    assertThat(help.err()).isEmpty();

    Run badUsage = run(elsewhere, launcher.toString(), "check", "--no-such-option");
    assertThat(badUsage.exitCode()).isEqualTo(2);
    assertThat(badUsage.err()).startsWith("error: Unknown option: '--no-such-option'");
  }

  @Test
  void binAutogenRunsThroughASymlink() throws Exception {
    Path home = unpackTarball();
    Path link = Files.createSymbolicLink(elsewhere.resolve("autogen"), home.resolve("bin/autogen"));
    Run version = run(elsewhere, link.toString(), "--version");
    assertThat(version.exitCode()).as(version.err()).isZero();
    assertThat(version.out()).startsWith("autogen ").doesNotContain("development build");
  }

  @Test
  void theZipHoldsTheSameFiles() throws Exception {
    Path home = unpackTarball();
    List<String> fromTar = new ArrayList<>();
    try (Stream<Path> files = Files.walk(home)) {
      files.filter(Files::isRegularFile)
          .forEach(f -> fromTar.add(home.getFileName() + "/" + home.relativize(f).toString().replace('\\', '/')));
    }
    List<String> fromZip = new ArrayList<>();
    try (ZipFile zip = new ZipFile(archive("zip").toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(fromZip::add);
    }
    assertThat(fromZip).containsExactlyInAnyOrderElementsOf(fromTar);
  }
}
