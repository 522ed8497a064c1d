package dev.autogen.shadow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A fresh, empty database on a {@link ShadowServer}: a scratch database for the entity side or a shadow
 * database to replay migrations on. Dropped by {@link #close()}.
 */
public final class ShadowDatabase implements AutoCloseable {
  private final ShadowServer server;
  private final String name;
  private final String url;
  private final String user;
  private final String password;
  private boolean closed;

  ShadowDatabase(ShadowServer server, String name, String url, String user, String password) {
    this.server = server;
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** The database's name, e.g. {@code autogen_3f9a1c2b7d4e}. */
  public String name() {
    return name;
  }

  /** The JDBC URL of this database (it may carry the server URL's parameters). */
  public String url() {
    return url;
  }

  /** The user to connect as; null when the URL names it. */
  public String user() {
    return user;
  }

  /** The password; null when none is needed or the URL carries it. */
  public String password() {
    return password;
  }

  /** A new connection to this database; the caller closes it. */
  public Connection connection() throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(url, properties);
  }

  /** Drops the database (closing any connections still open to it). */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.drop(name);
    }
  }

  @Override
  public String toString() {
    return name + " on " + server.description();
  }
}
