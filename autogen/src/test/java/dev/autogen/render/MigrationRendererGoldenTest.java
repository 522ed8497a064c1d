package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.RecordingOperations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rendered migrations of a handful of scenarios, compared byte for byte with the golden files in
 * {@code src/test/resources/golden}. After an intended change of the output, rewrite them with
 * {@code -Dautogen.golden.update=true} and review the diff.
 */
class MigrationRendererGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("autogen.golden.update");
  /** Read from the source tree (the module directory is the working directory of tests). */
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static List<Scenarios.Scenario> scenarios() {
    return Scenarios.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void rendersTheGoldenFile(Scenarios.Scenario scenario) throws IOException {
    RenderedMigration rendered = new MigrationRenderer().render(scenario.request());
    Path golden = GOLDEN.resolve(scenario.name() + ".java");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, rendered.source(), StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file (write it with -Dautogen.golden.update=true)").exists();
    assertThat(rendered.source()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void goldenMigrationCompilesAndRecordsItsOps(Scenarios.Scenario scenario) {
    RenderedMigration rendered = new MigrationRenderer().render(scenario.request());
    Migration migration = InMemoryCompiler.instantiate(rendered);
    RecordingOperations recording = new RecordingOperations();
    migration.upgrade(recording);
    assertThat(recording.ops()).isEqualTo(RecordedOps.expected(scenario.request().upgradeOps()));
  }
}
