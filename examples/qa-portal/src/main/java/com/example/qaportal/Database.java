package com.example.qaportal;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationResult;
import javax.sql.DataSource;

/**
 * The portal's database, brought to the newest revision of its migrations when the application starts:
 * the classes in {@code com.example.qaportal.migrations}, compiled with the application, run by autogen's
 * runtime over the application's own {@link DataSource}.
 */
public final class Database {
  /** Where {@code autogen --message} writes the portal's migrations (see autogen.properties). */
  public static final String MIGRATIONS = "com.example.qaportal.migrations";

  private Database() {}

  /**
   * Applies every migration the database does not have yet, each in its own transaction, under a lock so
   * that instances starting together do not race; does nothing when the database is at head already.
   *
   * @throws dev.autogen.runtime.AutogenException when a migration fails (the database stays at the revision
   *     before it) or an applied migration was edited since
   */
  public static MigrationResult migrate(DataSource dataSource) {
    return Autogen.configure()
        .dataSource(dataSource)
        .classpath(Database.class.getClassLoader(), MIGRATIONS)
        .build()
        .upgrade("head");
  }
}
