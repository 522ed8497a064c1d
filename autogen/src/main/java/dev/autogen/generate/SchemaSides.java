package dev.autogen.generate;

import dev.autogen.cli.CliException;
import dev.autogen.cli.Reporter;
import dev.autogen.cli.Settings;
import dev.autogen.entity.EntityModel;
import dev.autogen.entity.EntitySchemaReader;
import dev.autogen.entity.EntitySource;
import dev.autogen.read.DatabaseSchemaReader;
import dev.autogen.read.ReadOptions;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.MigrationListener;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.runtime.internal.MigrationLoader;
import dev.autogen.runtime.internal.RevisionGraph;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.shadow.ShadowDatabase;
import dev.autogen.shadow.ShadowServer;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three sides autogenerate and {@code check} compare, each read by the same reader: the entities
 * (Hibernate's create script on a scratch database), the migrations (replayed on a shadow database) and a
 * live database ({@code --url}). Scratch and shadow databases come from one {@link ShadowServer}, started
 * in the background at once so that its start-up overlaps Hibernate's boot.
 */
final class SchemaSides implements AutoCloseable {
  private final Settings settings;
  private final Reporter reporter;
  private final ShadowServer shadow;
  private List<LoadedMigration> migrations;
  private RevisionGraph graph;

  SchemaSides(Settings settings, Reporter reporter) {
    this.settings = settings;
    this.reporter = reporter;
    this.shadow = (settings.shadowUrl() != null
        ? ShadowServer.atUrl(settings.shadowUrl(), settings.user(), settings.password())
        : ShadowServer.embedded(reporter.isVerbose())).startInBackground();
  }

  /** The migrations in the migrations directory, compiled in memory (none when it does not exist). */
  List<LoadedMigration> migrations() {
    if (migrations == null) {
      if (Files.isDirectory(settings.migrations())) {
        try (Reporter.Progress p = reporter.progress("Compiling the migrations in " + settings.display(settings.migrations()))) {
          migrations = MigrationLoader.fromSources(settings.migrations(), getClass().getClassLoader(), settings.classpath());
        }
      } else {
        migrations = List.of();
      }
      graph = RevisionGraph.of(migrations);
    }
    return migrations;
  }

  /** Forgets the loaded migrations, so the next use reads the directory again (after a file was written). */
  void reloadMigrations() {
    migrations = null;
    graph = null;
  }

  RevisionGraph graph() {
    migrations();
    return graph;
  }

  /** The entity model: the target schema and where each table and column comes from. */
  EntityModel entities() {
    if (settings.entities().isEmpty()) {
      throw CliException.failure("no entity packages are configured; set entities=com.example.model in autogen.properties or pass --entities");
    }
    for (java.nio.file.Path entry : settings.classpath()) {
      if (!Files.exists(entry)) {
        throw CliException.failure("the entity class path entry " + settings.display(entry)
            + " does not exist; compile the entities first (e.g. mvn compile), or fix classpath in autogen.properties");
      }
    }
    reporter.debug("reading the entities in " + settings.entities());
    EntitySchemaReader reader = new EntitySchemaReader(shadow, readOptions(), settings.hibernate());
    try (Reporter.Progress p = reporter.progress("Reading the entities in " + String.join(", ", settings.entities()))) {
      return reader.read(EntitySource.scan(settings.entities(), settings.classpath()));
    }
  }

  /** The schema the migrations build, replayed from nothing on a fresh shadow database. */
  Schema migrationsSchema() {
    List<LoadedMigration> loaded = migrations();
    reporter.debug("replaying " + loaded.size() + " migration(s) on a shadow database (" + shadow.description() + ")");
    String task = loaded.isEmpty() ? "Preparing a shadow database"
        : "Replaying " + count(loaded.size(), "migration") + " on a shadow database";
    try (Reporter.Progress p = reporter.progress(task); ShadowDatabase db = shadow.createDatabase()) {
      if (!loaded.isEmpty()) {
        try {
          Autogen.configure()
              .url(db.url(), db.user(), db.password())
              .migrations(loaded.stream().map(LoadedMigration::migration).toList())
              .schema(settings.schema())
              .listener(new MigrationListener() {
                private int done;

                @Override
                public void stepStarted(MigrationStep step) {
                  p.update((done + 1) + "/" + loaded.size() + " " + step.message());
                }

                @Override
                public void stepFinished(MigrationStep step, java.time.Duration duration) {
                  done++;
                }
              })
              .build()
              .upgrade("heads");
        } catch (AutogenException e) {
          // Said where it happened: the person may have no database of their own in play at all.
          throw CliException.failure("replaying the migrations on a shadow database: " + e.getMessage(), e);
        }
      }
      p.update("reading its schema");
      try (Connection c = db.connection()) {
        return new DatabaseSchemaReader(readOptions()).read(c);
      }
    } catch (SQLException e) {
      throw CliException.failure("cannot read the shadow database: " + e.getMessage());
    }
  }

  /**
   * The live database's schema, after checking that it is at the migrations' head(s): autogenerating
   * against a database that is behind would write again what a migration already holds.
   */
  Schema liveSchema(boolean requireHead) {
    Autogen live = Autogen.configure()
        .url(settings.url(), settings.user(), settings.password())
        .migrations(migrations().stream().map(LoadedMigration::migration).toList())
        .schema(settings.schema())
        .build();
    Set<String> current = live.current();
    Schema schema;
    try (Connection c = java.sql.DriverManager.getConnection(settings.url(), credentials());
        Reporter.Progress p = reporter.progress("Reading the database's schema")) {
      String name = readOptions().schema();
      // A schema that no migration has created yet (the first revision of a project's second schema) is
      // empty; its first migration creates it, as it does on the shadow database.
      schema = exists(c, name) ? new DatabaseSchemaReader(readOptions()).read(c) : Schema.empty(name);
    } catch (SQLException e) {
      throw CliException.failure("cannot read the database: " + e.getMessage());
    }
    if (requireHead) {
      Set<String> heads = graph().heads();
      if (current.isEmpty() && !schema.tables().isEmpty()) {
        // Baseline starts a history, and refuses where there are revisions already: then stamping is the way.
        throw CliException.failure(heads.isEmpty()
            ? "the database has tables but no autogen history; run `autogen baseline` to adopt it as the first revision"
            : "the database has tables but no autogen history, while there are revisions; if it already has what they"
                + " create, record that with `autogen stamp heads`");
      }
      if (!current.equals(heads)) {
        throw CliException.failure("the database is at " + describe(current) + " but the migrations' head is "
            + describe(heads) + "; run `autogen upgrade heads` first (or `autogen stamp` if it is already up to date)");
      }
    }
    return schema;
  }

  private static boolean exists(Connection c, String schema) throws SQLException {
    try (var st = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
      st.setString(1, schema);
      try (var rs = st.executeQuery()) {
        return rs.next();
      }
    }
  }

  Set<String> liveHeads() {
    return Autogen.configure()
        .url(settings.url(), settings.user(), settings.password())
        .migrations(migrations().stream().map(LoadedMigration::migration).toList())
        .schema(settings.schema())
        .build()
        .current();
  }

  private java.util.Properties credentials() {
    java.util.Properties p = new java.util.Properties();
    if (settings.user() != null) {
      p.setProperty("user", settings.user());
    }
    if (settings.password() != null) {
      p.setProperty("password", settings.password());
    }
    return p;
  }

  ReadOptions readOptions() {
    return ReadOptions.forSchema(settings.schema() == null ? "public" : settings.schema());
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String describe(Set<String> revisions) {
    return revisions.isEmpty() ? "base (no revision)" : String.join(", ", revisions);
  }

  @Override
  public void close() {
    shadow.close();
  }
}
