package dev.autogen.testing;

import dev.autogen.testing.spi.DriftChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Assumptions;

/**
 * The drift gate of {@code autogen check}, as one line in a project's own test suite: fails when the JPA
 * entities and the migrations disagree, with the differences in the failure message.
 *
 * <pre>{@code
 * @Test
 * void migrationsMatchEntities() {
 *   AutogenAssertions.assertMigrationsMatchEntities("com.example.model", Path.of("src/main/java/com/example/migrations"));
 * }
 * }</pre>
 *
 * <p>The test class path needs two artifacts: {@code dev.autogen:autogen-test-fixtures} (this class) and
 * {@code dev.autogen:autogen} (the comparison itself, found as a {@link DriftChecker} service). The
 * comparison is the one {@code autogen check} makes: the entities' schema as Hibernate creates it, against
 * the migrations replayed from nothing, both on scratch databases of the test server ({@link PostgresServer}:
 * {@code AUTOGEN_TEST_PG_URL}, else Testcontainers, else embedded PostgreSQL).
 */
public final class AutogenAssertions {
  private AutogenAssertions() {}

  /**
   * Fails when the entities in {@code entityPackage} (on the test class path) and the migration sources in
   * {@code migrations} disagree.
   *
   * @param migrations the migrations' directory, relative to the working directory (the module's, under
   *     Maven and Gradle) unless absolute
   */
  public static void assertMigrationsMatchEntities(String entityPackage, Path migrations) {
    assertMigrationsMatchEntities(DriftCheck.of(entityPackage, migrations));
  }

  /** Fails when the entities and the migrations of {@code check} disagree. */
  public static void assertMigrationsMatchEntities(DriftCheck check) {
    DriftChecker checker = checker();
    if (!Files.isDirectory(check.migrations())) {
      throw new IllegalArgumentException("the migrations directory " + check.migrations() + " does not exist (in "
          + Path.of("").toAbsolutePath() + "); pass the directory of the migration sources, e.g. "
          + "Path.of(\"src/main/java/com/example/migrations\")");
    }
    PostgresServer server;
    try {
      server = PostgresServer.shared();
    } catch (PostgresServer.Unavailable e) {
      Assumptions.abort(e.getMessage());
      return;
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    DriftChecker.Result result = checker.check(
        check,
        loader != null ? loader : AutogenAssertions.class.getClassLoader(),
        new DriftChecker.Server(server.adminUrl(), server.user(), server.password()));
    if (!result.agree()) {
      throw new AssertionError("the entities in " + String.join(", ", check.entityPackages())
          + " and the migrations in " + check.migrations() + " disagree:\n" + result.report());
    }
  }

  /** The comparison on the class path; without one, an error that says which artifact to add. */
  static DriftChecker checker() {
    return ServiceLoader.load(DriftChecker.class, AutogenAssertions.class.getClassLoader()).findFirst()
        .orElseThrow(() -> new IllegalStateException("the autogen drift check is not on the test class path;"
            + " add dev.autogen:autogen (test scope) beside dev.autogen:autogen-test-fixtures"));
  }
}
