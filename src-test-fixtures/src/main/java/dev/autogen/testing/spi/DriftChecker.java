package dev.autogen.testing.spi;

import dev.autogen.testing.DriftCheck;

/**
 * Compares entities with migrations for {@link dev.autogen.testing.AutogenAssertions}. The comparison lives
 * in the {@code autogen} artifact, which depends on these test fixtures and so cannot be called from them
 * directly: it implements this interface and names its implementation in
 * {@code META-INF/services/dev.autogen.testing.spi.DriftChecker}, found with {@link java.util.ServiceLoader}
 * when both artifacts are on the test class path.
 */
public interface DriftChecker {

  /**
   * Compares {@code check.entityPackages()} (found through {@code classLoader}) with the migrations in
   * {@code check.migrations()}, using scratch databases on {@code server}.
   *
   * @throws RuntimeException with a one-line message when the comparison cannot be made (a mapping error,
   *     a migration that does not compile)
   */
  Result check(DriftCheck check, ClassLoader classLoader, Server server);

  /**
   * A PostgreSQL server where scratch databases may be created and dropped.
   *
   * @param url JDBC URL of an existing database on it (the admin database), without credentials
   * @param user the user, with the CREATEDB privilege
   * @param password the password, or null
   */
  record Server(String url, String user, String password) {
    @Override
    public String toString() {
      return "Server[url=" + url + ", user=" + user + ", password=" + (password == null ? "null" : "****") + "]";
    }
  }

  /**
   * The outcome.
   *
   * @param agree true when the entities and the migrations describe the same schema
   * @param report the differences as {@code autogen check} prints them (empty when they agree)
   */
  record Result(boolean agree, String report) {}
}
