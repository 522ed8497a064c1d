package dev.autogen.runtime;

import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.internal.ConnectionSource;
import dev.autogen.runtime.internal.Connections;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.runtime.internal.MigrationLoader;
import dev.autogen.runtime.internal.Migrator;
import dev.autogen.runtime.internal.RevisionGraph;
import dev.autogen.runtime.internal.VersionTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Runs an application's migrations: the entry point for applications that migrate at start-up, and what
 * the {@code autogen} command line is built on.
 *
 * <pre>{@code
 * Autogen.configure()
 *     .dataSource(dataSource)
 *     .classpath(MyApp.class.getClassLoader(), "com.example.migrations")
 *     .build()
 *     .upgrade("head");
 * }</pre>
 *
 * <p>Migrations are loaded once, on first use. Every failure a person should read is an
 * {@link AutogenException} with a one-line message; passwords never appear in messages.
 */
public final class Autogen {
  private final ConnectionSource connections;
  private final String url;
  private final MigrationSource source;
  private final String schema;
  private final String versionTableName;
  private final String historyTableName;
  private final boolean acceptChecksums;
  private final MigrationListener listener;
  private RevisionGraph graph;

  private Autogen(Builder b) {
    this.url = b.url;
    if (b.dataSource != null) {
      this.connections = Connections.dataSource(b.dataSource);
    } else if (b.url != null) {
      this.connections = Connections.url(b.url, b.user, b.password);
    } else {
      this.connections = null;
    }
    this.source = b.source;
    this.schema = b.schema;
    this.versionTableName = b.versionTable;
    this.historyTableName = b.historyTable;
    this.acceptChecksums = b.acceptChecksums;
    this.listener = b.listener;
  }

  /** Starts a configuration. */
  public static Builder configure() {
    return new Builder();
  }

  // ---- running ----------------------------------------------------------------------------------------

  /** Applies migrations until the database is at {@code target}: {@code head}, {@code heads}, an id, {@code +1}, {@code label@head}. */
  public MigrationResult upgrade(String target) {
    return migrator(true).upgrade(requireTarget(target));
  }

  /** Reverts migrations until the database is at {@code target}: {@code base}, an id, {@code -1}. */
  public MigrationResult downgrade(String target) {
    return migrator(true).downgrade(requireTarget(target));
  }

  /** Records the database as being at {@code revisions} without running migrations ({@code base}: at none). */
  public MigrationResult stamp(String... revisions) {
    if (revisions.length == 0) {
      throw new AutogenException("stamp needs at least one revision (or base)");
    }
    return migrator(true).stamp(Arrays.asList(revisions));
  }

  /** The revisions the database is at: its heads in the version table (empty before the first upgrade). */
  public Set<String> current() {
    try (Connection connection = openConnection()) {
      return versionTable().readHeads(connection);
    } catch (SQLException e) {
      throw new AutogenException("cannot read the version table: " + oneLine(e), e);
    }
  }

  /** Every step applied, reverted or stamped, newest first. */
  public List<HistoryEntry> history() {
    try (Connection connection = openConnection()) {
      return versionTable().readHistory(connection);
    } catch (SQLException e) {
      throw new AutogenException("cannot read the history table: " + oneLine(e), e);
    }
  }

  // ---- the revision graph -----------------------------------------------------------------------------

  /** Every revision in the order an upgrade applies them: parents (and dependencies) first, ties by id. */
  public List<RevisionInfo> revisions() {
    return graph().revisions().stream().map(LoadedMigration::info).toList();
  }

  /** The revisions no other revision follows, by id. */
  public List<RevisionInfo> heads() {
    return infos(graph().heads());
  }

  /** The revisions that two or more revisions follow: where the graph branches, by id. */
  public List<RevisionInfo> branches() {
    return infos(graph().branches());
  }

  /**
   * One revision: a full or unique partial id, a branch label, {@code head}, {@code LABEL@head},
   * {@code REV+N} or {@code REV-N}.
   */
  public RevisionInfo show(String revision) {
    RevisionGraph g = graph();
    return graphCall(() -> g.resolve(requireTarget(revision)).info());
  }

  // ---- offline ----------------------------------------------------------------------------------------

  /**
   * The SQL script of an upgrade, without a connection: {@code range} is {@code start:end}, or {@code end}
   * alone to start from an empty database.
   */
  public String upgradeSql(String range) {
    return migrator(false).upgradeSql(range);
  }

  /** The SQL script of a downgrade, without a connection: {@code range} is {@code start:end}. */
  public String downgradeSql(String range) {
    return migrator(false).downgradeSql(range);
  }

  // ---- internals --------------------------------------------------------------------------------------

  private List<RevisionInfo> infos(Set<String> ids) {
    RevisionGraph g = graph();
    return ids.stream().map(id -> g.get(id).info()).toList();
  }

  private Migrator migrator(boolean online) {
    if (online) {
      requireDatabase();
    }
    return new Migrator(dialect(), online ? connections : null, versionTable(), graph(), schema, acceptChecksums, listener);
  }

  private Dialect dialect() {
    try {
      return url != null ? Dialects.forUrl(url) : Dialects.named("postgresql");
    } catch (IllegalArgumentException e) {
      throw new AutogenException(e.getMessage(), e);
    }
  }

  private VersionTable versionTable() {
    return new VersionTable(dialect(), schema, versionTableName, historyTableName, System.getProperty("user.name"));
  }

  private synchronized RevisionGraph graph() {
    if (graph == null) {
      if (source == null) {
        throw new AutogenException("no migrations configured; give a package on the class path, a sources directory"
            + " or a list of migrations");
      }
      graph = graphCall(source::load);
    }
    return graph;
  }

  private Connection openConnection() {
    requireDatabase();
    return connections.open();
  }

  private void requireDatabase() {
    if (connections == null) {
      throw new AutogenException("no database configured; give a URL (--url) or a data source");
    }
  }

  private static String requireTarget(String target) {
    if (target == null || target.isBlank()) {
      throw new AutogenException("no target revision given; use head, an id, +N or -N");
    }
    return target.strip();
  }

  /** Load and resolution errors carry their own one-line messages; they reach callers as AutogenException. */
  private static <T> T graphCall(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (AutogenException e) {
      throw e;
    } catch (MigrationLoadException | RevisionException e) {
      throw new AutogenException(e.getMessage(), e);
    }
  }

  private static String oneLine(SQLException e) {
    String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  /** Where the migrations come from. */
  private interface MigrationSource {
    RevisionGraph load();
  }

  /**
   * Configures an {@link Autogen}: the database (a data source, or a URL with user and password), where
   * the migrations are, and options. Only the database and the migrations are required, and only by the
   * calls that use them (the SQL scripts need no database).
   */
  public static final class Builder {
    private DataSource dataSource;
    private String url;
    private String user;
    private String password;
    private MigrationSource source;
    private String schema;
    private String versionTable = VersionTable.DEFAULT_VERSION_TABLE;
    private String historyTable = VersionTable.DEFAULT_HISTORY_TABLE;
    private boolean acceptChecksums;
    private MigrationListener listener = MigrationListener.NONE;

    private Builder() {}

    /** The database, through the application's data source. */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.url = null;
      return this;
    }

    /** The database, through {@link java.sql.DriverManager}; {@code user} and {@code password} may be null. */
    public Builder url(String url, String user, String password) {
      this.url = Objects.requireNonNull(url, "url");
      this.user = user;
      this.password = password;
      this.dataSource = null;
      return this;
    }

    /** Compiled migration classes in {@code packageName} (and below), found through {@code classLoader}. */
    public Builder classpath(ClassLoader classLoader, String packageName) {
      Objects.requireNonNull(classLoader, "classLoader");
      Objects.requireNonNull(packageName, "packageName");
      this.source = () -> RevisionGraph.of(MigrationLoader.fromClasspath(classLoader, packageName));
      return this;
    }

    /** {@code .java} migration sources in {@code directory}, compiled in memory on first use. */
    public Builder sources(Path directory) {
      return sources(directory, List.of());
    }

    /** As {@link #sources(Path)}, compiling against {@code classPath} as well (for the application's own types). */
    public Builder sources(Path directory, List<Path> classPath) {
      return sources(directory, classPath, null);
    }

    /**
     * As {@link #sources(Path, List)}, keeping the compiled classes in {@code cacheDirectory} (null: nowhere):
     * a later process that finds the same sources, class path and Java version loads them from there
     * without compiling.
     */
    public Builder sources(Path directory, List<Path> classPath, Path cacheDirectory) {
      Objects.requireNonNull(directory, "directory");
      List<Path> extra = List.copyOf(classPath);
      this.source = () -> RevisionGraph.of(MigrationLoader.fromSources(directory, null, extra, cacheDirectory));
      return this;
    }

    /** Migration instances given directly, each annotated with {@link Revision} (for tests). */
    public Builder migrations(List<? extends Migration> migrations) {
      List<Migration> copy = List.copyOf(migrations);
      this.source = () -> {
        List<LoadedMigration> loaded = new ArrayList<>();
        for (Migration m : copy) {
          loaded.add(LoadedMigration.of(m, null));
        }
        return RevisionGraph.of(loaded);
      };
      return this;
    }

    /** The schema the version tables live in and migrations' ops work in; default: the connection's. */
    public Builder schema(String schema) {
      this.schema = schema;
      return this;
    }

    /** The version table's name; default {@code autogen_version}. */
    public Builder versionTable(String name) {
      this.versionTable = requireName(name, "version table");
      return this;
    }

    /** The history table's name; default {@code autogen_history}. */
    public Builder historyTable(String name) {
      this.historyTable = requireName(name, "history table");
      return this;
    }

    /** Accept applied migrations that were edited since, recording their new checksum, instead of refusing. */
    public Builder acceptChecksums(boolean accept) {
      this.acceptChecksums = accept;
      return this;
    }

    /** Hears each step as it runs. */
    public Builder listener(MigrationListener listener) {
      this.listener = listener == null ? MigrationListener.NONE : listener;
      return this;
    }

    public Autogen build() {
      if (versionTable.equals(historyTable)) {
        throw new AutogenException("the version table and the history table are both named " + versionTable
            + "; give them different names");
      }
      return new Autogen(this);
    }

    private static String requireName(String name, String what) {
      if (name == null || name.isBlank()) {
        throw new AutogenException("the " + what + " name is empty");
      }
      return name;
    }

    @Override
    public String toString() {
      // Never shows the password.
      return "Autogen.Builder[" + (url != null ? Dialects.redact(url) : dataSource != null ? "data source" : "no database") + "]";
    }
  }
}
