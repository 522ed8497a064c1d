package dev.autogen.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The Testcontainers branch of {@link PostgresServer}, kept apart so its classes load only when used. */
final class TestcontainersServer {
  private TestcontainersServer() {}

  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static PostgresServer start() {
    PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
    container.start();
    Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
    return PostgresServer.forContainer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
  }
}
