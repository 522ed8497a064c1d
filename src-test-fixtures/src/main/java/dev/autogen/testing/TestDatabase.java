package dev.autogen.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A fresh database on the shared test server, dropped by {@link #close()}. */
public final class TestDatabase implements AutoCloseable {
  private final PostgresServer server;
  private final String name;

  TestDatabase(PostgresServer server, String name) {
    this.server = server;
    this.name = name;
  }

  /** The database's name. */
  public String name() {
    return name;
  }

  /** JDBC URL of this database, without credentials. */
  public String url() {
    return server.jdbcUrl(name);
  }

  public String user() {
    return server.user();
  }

  public String password() {
    return server.password();
  }

  /** The server's major version, e.g. 17. */
  public int serverMajorVersion() {
    return server.majorVersion();
  }

  /** A new connection (the caller closes it). */
  public Connection connection() {
    try {
      Properties p = new Properties();
      p.setProperty("user", user());
      if (password() != null) {
        p.setProperty("password", password());
      }
      return DriverManager.getConnection(url(), p);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to test database " + name + ": " + e.getMessage(), e);
    }
  }

  public DataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url());
    ds.setUser(user());
    if (password() != null) {
      ds.setPassword(password());
    }
    return ds;
  }

  /** Runs SQL (several statements separated by semicolons are fine). */
  public void execute(String sql) {
    try (Connection c = connection(); var s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed: " + e.getMessage() + "\n" + sql, e);
    }
  }

  /** A snapshot of schema {@code public}. */
  public SchemaSnapshot snapshot() {
    return snapshot("public");
  }

  public SchemaSnapshot snapshot(String schema) {
    try (Connection c = connection()) {
      return SchemaSnapshot.of(c, schema);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.dropDatabase(name);
  }
}
