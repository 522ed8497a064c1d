package dev.autogen.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one PostgreSQL server of a test JVM, chosen once:
 *
 * <ol>
 *   <li>{@code AUTOGEN_TEST_PG_URL} (or system property {@code autogen.test.pg.url}): a JDBC URL of an
 *       existing server's admin database, credentials as {@code user}/{@code password} URL parameters or
 *       {@code AUTOGEN_TEST_PG_USER}/{@code AUTOGEN_TEST_PG_PASSWORD}. With {@code autogen.test.pg.optional=true}
 *       a server that does not answer skips the tests, saying why, instead of failing them;
 *   <li>otherwise Testcontainers ({@code postgres:17}) when a Docker daemon answers;
 *   <li>otherwise embedded PostgreSQL 17 (zonky).
 * </ol>
 *
 * <p>Each test database is created from a template database, which is much cheaper than a new server.
 */
public final class PostgresServer {
  private static final String TEMPLATE = "autogen_test_template";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static volatile PostgresServer shared;
  private static volatile Unavailable unavailable;

  private final String baseUrl; // jdbc:postgresql://host:port/
  private final String adminDatabase;
  private final String user;
  private final String password;
  private final String description;
  private final int majorVersion;
  private final String prefix;

  /** Thrown when the configured server does not answer and it was declared optional. */
  public static final class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message);
    }
  }

  private PostgresServer(String baseUrl, String adminDatabase, String user, String password, String description) {
    this.baseUrl = baseUrl;
    this.adminDatabase = adminDatabase;
    this.user = user;
    this.password = password;
    this.description = description;
    this.prefix = "autogen_t" + ProcessHandle.current().pid() + "_";
    try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
      this.majorVersion = c.getMetaData().getDatabaseMajorVersion();
      s.execute("SET client_min_messages = warning");
      // The template is created once per server; concurrent JVMs may race, so tolerate "already exists".
      try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + TEMPLATE + "'")) {
        if (!rs.next()) {
          try {
            s.execute("CREATE DATABASE " + TEMPLATE + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
          } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) {
              throw e;
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare test server " + description + ": " + e.getMessage(), e);
    }
  }

  /** The JVM's server, started or connected on first use. */
  public static PostgresServer shared() {
    if (shared != null) {
      return shared;
    }
    synchronized (PostgresServer.class) {
      if (unavailable != null) {
        throw unavailable;
      }
      if (shared == null) {
        try {
          shared = start();
          // Say once which server the tests use, and why that one.
          System.err.println("autogen tests: PostgreSQL " + shared.majorVersion + " at " + shared.description);
        } catch (Unavailable e) {
          System.err.println("autogen tests: " + e.getMessage());
          unavailable = e;
          throw e;
        }
      }
      return shared;
    }
  }

  private static PostgresServer start() {
    String url = setting("autogen.test.pg.url", "AUTOGEN_TEST_PG_URL");
    if (url != null && !url.isBlank()) {
      return external(url);
    }
    if (dockerAnswers()) {
      return TestcontainersServer.start();
    }
    return embedded(); // no AUTOGEN_TEST_PG_URL and no Docker daemon answers
  }

  private static PostgresServer external(String url) {
    boolean optional = Boolean.parseBoolean(setting("autogen.test.pg.optional", "AUTOGEN_TEST_PG_OPTIONAL"));
    String user = setting("autogen.test.pg.user", "AUTOGEN_TEST_PG_USER");
    String password = setting("autogen.test.pg.password", "AUTOGEN_TEST_PG_PASSWORD");
    String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
    String noQuery = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    for (String kv : query.split("&")) {
      if (kv.startsWith("user=") && user == null) {
        user = kv.substring(5);
      } else if (kv.startsWith("password=") && password == null) {
        password = kv.substring(9);
      }
    }
    int slash = noQuery.lastIndexOf('/');
    String base = noQuery.substring(0, slash + 1);
    String db = noQuery.substring(slash + 1);
    if (db.isEmpty()) {
      db = "postgres";
    }
    String shown = base + db;
    try {
      return new PostgresServer(base, db, user == null ? "postgres" : user, password, shown);
    } catch (IllegalStateException e) {
      if (optional) {
        throw new Unavailable("PostgreSQL at " + shown + " does not answer (" + rootMessage(e)
            + "): these tests are skipped on this machine");
      }
      throw e;
    }
  }

  private static PostgresServer embedded() {
    try {
      Path dir = Files.createTempDirectory("autogen-pg");
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setDataDirectory(dir.resolve("data"))
          .setCleanDataDirectory(true)
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("max_connections", "300")
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException ignored) {
          // the JVM is going away; the data directory is temporary
        }
      }));
      return new PostgresServer("jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "postgres", null,
          "embedded PostgreSQL on port " + pg.getPort() + " (no AUTOGEN_TEST_PG_URL set, no Docker daemon answers)");
    } catch (IOException e) {
      throw new IllegalStateException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  static PostgresServer forContainer(String jdbcUrl, String user, String password) {
    int slash = jdbcUrl.lastIndexOf('/');
    String db = jdbcUrl.substring(slash + 1);
    if (db.contains("?")) {
      db = db.substring(0, db.indexOf('?'));
    }
    return new PostgresServer(jdbcUrl.substring(0, slash + 1), db, user, password, "Testcontainers " + jdbcUrl);
  }

  /** A Docker daemon is worth asking only when its socket or DOCKER_HOST exists; the client alone is not enough. */
  private static boolean dockerAnswers() {
    if (Boolean.parseBoolean(setting("autogen.test.pg.no-docker", "AUTOGEN_TEST_PG_NO_DOCKER"))) {
      return false;
    }
    boolean candidate = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
    return candidate && TestcontainersServer.dockerAvailable();
  }

  private static String setting(String property, String env) {
    String v = System.getProperty(property);
    return v != null ? v : System.getenv(env);
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** JDBC URL of a database on this server, without credentials. */
  public String jdbcUrl(String database) {
    return baseUrl + database;
  }

  /** JDBC URL of the server's admin database (where databases are created from), without credentials. */
  public String adminUrl() {
    return jdbcUrl(adminDatabase);
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public int majorVersion() {
    return majorVersion;
  }

  /** Where the server is, for messages. */
  public String description() {
    return description;
  }

  /** A new empty database, copied from the template. */
  public TestDatabase createDatabase() {
    String name = prefix + COUNTER.incrementAndGet();
    try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + " on " + description + ": " + e.getMessage(), e);
    }
    return new TestDatabase(this, name);
  }

  void dropDatabase(String name) {
    try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + (majorVersion >= 13 ? " WITH (FORCE)" : ""));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop test database " + name + ": " + e.getMessage(), e);
    }
  }

  Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(jdbcUrl(database), p);
  }
}
