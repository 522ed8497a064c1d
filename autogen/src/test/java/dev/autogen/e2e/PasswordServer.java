package dev.autogen.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server that checks passwords (SCRAM) for every role but its superuser, with one role
 * {@link #USER} whose password is {@link #PASSWORD}, owner of database {@code shop}. The shared test server trusts every connection, so
 * a wrong password can only be refused by a server like this one. One per JVM, started on first use.
 */
final class PasswordServer {
  static final String USER = "shop_owner";
  static final String PASSWORD = "Right-Pw-8841";

  private static EmbeddedPostgres server;

  private PasswordServer() {}

  /** JDBC URL of database {@code shop}, owned by {@link #USER}, without credentials. */
  static synchronized String url() {
    if (server == null) {
      server = start();
    }
    return "jdbc:postgresql://localhost:" + server.getPort() + "/shop";
  }

  private static EmbeddedPostgres start() {
    try {
      Path dir = Files.createTempDirectory("autogen-e2e-pw");
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setDataDirectory(dir.resolve("data"))
          .setCleanDataDirectory(true)
          .setServerConfig("fsync", "off")
          // The embedding library connects as postgres to see that the server is up: trusted; others need a password.
          .setDataDirectoryCustomizer(data -> write(data.toPath().resolve("pg_hba.conf"), """
              local all all trust
              host all postgres 127.0.0.1/32 trust
              host all postgres ::1/128 trust
              host all all 127.0.0.1/32 scram-sha-256
              host all all ::1/128 scram-sha-256
              """))
          .start();
      try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        s.execute("CREATE DATABASE shop OWNER " + USER);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
          Files.deleteIfExists(dir); // the library deleted the data directory inside it
        } catch (IOException ignored) {
          // the JVM is going away; the data directory is temporary
        }
      }));
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create role " + USER + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
