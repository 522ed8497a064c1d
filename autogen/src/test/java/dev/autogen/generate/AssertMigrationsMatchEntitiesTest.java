package dev.autogen.generate;

import static dev.autogen.testing.AutogenAssertions.assertMigrationsMatchEntities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.cli.Main;
import dev.autogen.testing.DriftCheck;
import dev.autogen.testing.PostgresServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-line drift check of the test fixtures, run on migrations that autogen wrote for test entities. */
class AssertMigrationsMatchEntitiesTest {
  private static final String ENTITIES = "dev.autogen.entity.model.basics";

  /** Written once: autogenerating takes a few seconds. */
  @TempDir static Path generated;

  @TempDir Path dir;

  @Test
  void passesWhenTheMigrationsWereGeneratedFromTheEntities() {
    Path migrations = generate();
    assertMigrationsMatchEntities(ENTITIES, migrations);
  }

  @Test
  void failsWithTheDifferencesWhenAnEntityChangedSince() throws IOException {
    Path migrations = generate();
    Path file = onlyFile(migrations);
    String source = Files.readString(file);
    // As if Customer.notes and its index on city were added after the migration was written.
    String drifted = source.replaceAll("(?m)^.*column\\(\"notes\".*\\n", "").replaceAll("(?m)^.*ix_customers_city_born.*\\n", "");
    assertThat(drifted).isNotEqualTo(source);
    Files.writeString(file, drifted);

    assertThatThrownBy(() -> assertMigrationsMatchEntities(ENTITIES, migrations))
        .isInstanceOf(AssertionError.class)
        .hasMessage("the entities in " + ENTITIES + " and the migrations in " + migrations + " disagree:\n"
            + """
            2 difference(s) found:
              migrations → entities (what would bring the migrations to the entities):
                - added column customers.notes (Customer.notes)
                - added index ix_customers_city_born on customers(city, born desc) (Customer)
            Run `autogen --message "..."` to write a migration for the entity changes; a database that differs \
            from its migrations was changed by hand.""");
  }

  @Test
  void hibernateSettingsShapeTheEntitiesSide() {
    Path migrations = generate();
    // A naming strategy that quotes nothing but names every table differently: everything drifts.
    assertThatThrownBy(() -> assertMigrationsMatchEntities(DriftCheck.of(ENTITIES, migrations)
        .hibernate("hibernate.physical_naming_strategy", PrefixedNames.class.getName())))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("- added table app_customers (Customer)")
        .hasMessageContaining("- dropped table customers");
  }

  @Test
  void aMissingDirectoryIsAnErrorNotAnEmptyHistory() {
    Path missing = dir.resolve("no-such-migrations");
    assertThatThrownBy(() -> assertMigrationsMatchEntities(ENTITIES, missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the migrations directory " + missing + " does not exist");
  }

  @Test
  void anUnknownEntityPackageIsNamed() {
    assertThatThrownBy(() -> assertMigrationsMatchEntities("dev.autogen.entity.model.nosuch", dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the entity package dev.autogen.entity.model.nosuch is not on the test class path;"
            + " check its name (and that the entities are compiled)");
  }

  /** A copy of the migrations {@code autogen --message initial} wrote for the entities. */
  private Path generate() {
    Path migrations = dir.resolve("migrations");
    try {
      if (!Files.isDirectory(generated.resolve("migrations"))) {
        autogenerate(generated);
      }
      Files.createDirectories(migrations);
      try (Stream<Path> files = Files.list(generated.resolve("migrations"))) {
        for (Path f : files.toList()) {
          Files.copy(f, migrations.resolve(f.getFileName()));
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return migrations;
  }

  /** Runs {@code autogen --message initial} in {@code dir}, with the test server as shadow server. */
  private static void autogenerate(Path dir) {
    PostgresServer server = PostgresServer.shared();
    List<String> args = new ArrayList<>(List.of("-C", dir.toString(),
        "--entities", ENTITIES, "--classpath", Path.of("target/test-classes").toAbsolutePath().toString(),
        "--migrations", "migrations", "--package", "",
        "--shadow-url", server.adminUrl(), "--user", server.user()));
    if (server.password() != null) {
      args.addAll(List.of("--password", server.password()));
    }
    args.addAll(List.of("--message", "initial"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code;
    try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      code = Main.run(args.toArray(String[]::new), print, print, Map.of());
    }
    assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
  }

  private static Path onlyFile(Path migrations) throws IOException {
    try (Stream<Path> files = Files.list(migrations)) {
      List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
      assertThat(java).hasSize(1);
      return java.get(0);
    }
  }
}
