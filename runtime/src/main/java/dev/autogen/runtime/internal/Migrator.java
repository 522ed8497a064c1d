package dev.autogen.runtime.internal;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationListener;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.SqlStatement;
import dev.autogen.runtime.op.Op;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs migrations over a {@link RevisionGraph}: upgrade and downgrade to a target, stamp, and the same
 * ranges written as SQL scripts without a connection.
 *
 * <p>A run holds a PostgreSQL session advisory lock on a connection of its own from the moment it reads
 * the heads until it ends, so concurrent runs apply each migration once: the next runner, once it has the
 * lock, reads the heads again and finds the work done. The lock belongs to the session, so a runner that
 * dies releases it with its connection.
 *
 * <p>Each migration runs in its own transaction together with its version-table update and history row;
 * a failure rolls all of it back, leaving the database at the revision before. A migration declared
 * {@code transactional = false} runs in autocommit and its version update follows in a transaction.
 */
public final class Migrator {
  private static final long LOCK_POLL_START_MILLIS = 20;
  private static final long LOCK_POLL_MAX_MILLIS = 500;

  private final Dialect dialect;
  private final ConnectionSource connections;
  private final VersionTable versionTable;
  private final RevisionGraph graph;
  private final String schema;
  private final boolean acceptChecksums;
  private final MigrationListener listener;

  /**
   * @param connections where connections come from; null for a migrator that only writes scripts
   * @param schema the schema migrations' ops work in, null for the connection's default
   * @param acceptChecksums record the current checksum of edited applied migrations instead of refusing
   */
  public Migrator(
      Dialect dialect,
      ConnectionSource connections,
      VersionTable versionTable,
      RevisionGraph graph,
      String schema,
      boolean acceptChecksums,
      MigrationListener listener) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.connections = connections;
    this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
    this.graph = Objects.requireNonNull(graph, "graph");
    this.schema = schema;
    this.acceptChecksums = acceptChecksums;
    this.listener = listener == null ? MigrationListener.NONE : listener;
  }

  // ---- online -----------------------------------------------------------------------------------------

  /** Applies migrations until the database is at {@code target} ({@code head}, an id, {@code +2}, ...). */
  public MigrationResult upgrade(String target) {
    return run(heads -> graph.upgradePlan(heads, target));
  }

  /** Reverts migrations until the database is at {@code target} ({@code base}, an id, {@code -1}, ...). */
  public MigrationResult downgrade(String target) {
    return run(heads -> graph.downgradePlan(heads, target));
  }

  /**
   * Sets the version table to exactly {@code revisions} without running any migration (none, or
   * {@code base}, empties it). Each becomes a history row of direction {@code stamp} with its checksum.
   */
  public MigrationResult stamp(List<String> revisions) {
    Set<String> target = stampTarget(revisions);
    try (Connection lock = lock()) {
      try (Connection connection = connections.open()) {
        connection.setAutoCommit(true);
        Set<String> before = versionTable.readHeads(connection);
        listener.started(before);
        versionTable.ensureExists(connection);
        connection.setAutoCommit(false);
        try {
          for (SqlStatement statement : versionTable.updateHeads(before, target)) {
            updateVersion(connection, statement);
          }
          if (target.isEmpty()) {
            VersionTable.execute(connection,
                versionTable.insertHistory("base", Direction.STAMP, null, null, null, target, false));
          }
          for (String id : target) {
            LoadedMigration m = graph.get(id);
            VersionTable.execute(connection, versionTable.insertHistory(
                id, Direction.STAMP, m.checksum(), m.info().message(), null, target, false));
          }
          connection.commit();
        } catch (SQLException | RuntimeException e) {
          rollback(connection);
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
        listener.finished(target);
        return new MigrationResult(before, target, List.of());
      } finally {
        unlock(lock);
      }
    } catch (SQLException e) {
      throw databaseError("stamping " + String.join(" ", revisions), e);
    }
  }

  private Set<String> stampTarget(List<String> revisions) {
    try {
      return graph.headsFor(revisions);
    } catch (AutogenException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new AutogenException(message(e), e);
    }
  }

  private interface Planner {
    List<RevisionGraph.Step> plan(Set<String> heads);
  }

  private MigrationResult run(Planner planner) {
    try (Connection lock = lock()) {
      try (Connection connection = connections.open()) {
        connection.setAutoCommit(true);
        Set<String> heads = versionTable.readHeads(connection);
        listener.started(heads);
        List<RevisionGraph.Step> plan = plan(planner, heads);
        verifyChecksums(connection, heads);
        List<MigrationStep> done = new ArrayList<>();
        if (!plan.isEmpty()) {
          versionTable.ensureExists(connection);
          String searchPath = enterSchema(connection);
          try {
            for (RevisionGraph.Step step : plan) {
              done.add(runStep(connection, step));
              heads = step.headsAfter();
            }
          } finally {
            leaveSchema(connection, searchPath);
          }
        }
        listener.finished(heads);
        return new MigrationResult(plan.isEmpty() ? heads : plan.get(0).headsBefore(), heads, done);
      } finally {
        unlock(lock);
      }
    } catch (SQLException e) {
      throw databaseError("migrating", e);
    }
  }

  private List<RevisionGraph.Step> plan(Planner planner, Set<String> heads) {
    try {
      return planner.plan(heads);
    } catch (AutogenException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new AutogenException(message(e), e);
    }
  }

  private MigrationStep runStep(Connection connection, RevisionGraph.Step step) throws SQLException {
    LoadedMigration m = step.migration();
    boolean transactional = m.info().transactional();
    MigrationStep reported = new MigrationStep(
        m.info().id(), m.info().message(), step.upgrade() ? Direction.UPGRADE : Direction.DOWNGRADE,
        transactional, step.headsBefore(), step.headsAfter());
    listener.stepStarted(reported);
    long start = System.nanoTime();
    connection.setAutoCommit(!transactional);
    try {
      Operations ops = new SqlOperations(dialect, schema, connection, new JdbcStatementSink(connection));
      if (step.upgrade()) {
        m.migration().upgrade(ops);
      } else {
        m.migration().downgrade(ops);
      }
    } catch (RuntimeException | Error e) {
      if (transactional) {
        rollback(connection);
      }
      connection.setAutoCommit(true);
      throw stepFailed(reported, e);
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    try {
      connection.setAutoCommit(false);
      for (SqlStatement statement : versionTable.updateHeads(step.headsBefore(), step.headsAfter())) {
        updateVersion(connection, statement);
      }
      VersionTable.execute(connection, versionTable.insertHistory(
          m.info().id(), reported.direction(), m.checksum(), m.info().message(), millis, step.headsAfter(), false));
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(connection);
      throw new AutogenException(describe(reported) + " ran, but recording it in " + versionTable.qualifiedVersionTable()
          + " failed: " + message(e) + "; the version table still says " + show(step.headsBefore()), e);
    } finally {
      connection.setAutoCommit(true);
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    listener.stepFinished(reported, duration);
    return reported;
  }

  /**
   * With a schema configured, puts it first on the session's search path while migrations run, so raw SQL
   * and Java data migrations find and create their tables where the ops do; the rest of the path stays,
   * so extensions installed in {@code public} still resolve. Returns the path to restore (pooled
   * connections go back to the application), or null when nothing was changed.
   */
  private String enterSchema(Connection connection) throws SQLException {
    if (schema == null) {
      return null;
    }
    String previous;
    try (PreparedStatement st = connection.prepareStatement("SELECT current_setting('search_path')");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      previous = rs.getString(1);
    }
    setSearchPath(connection, searchPathWith(previous));
    return previous;
  }

  private String searchPathWith(String rest) {
    return dialect.quote(schema) + (rest == null || rest.isBlank() ? "" : ", " + rest);
  }

  private static void leaveSchema(Connection connection, String previous) throws SQLException {
    if (previous != null) {
      setSearchPath(connection, previous);
    }
  }

  private static void setSearchPath(Connection connection, String path) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
      st.setString(1, path);
      st.execute();
    }
  }

  private static void updateVersion(Connection connection, SqlStatement statement) throws SQLException {
    int rows = VersionTable.execute(connection, statement);
    if (!statement.sql().startsWith("INSERT") && rows != 1) {
      // Someone changed the version table without taking the lock; refuse to guess.
      throw new SQLException("expected to change one row of the version table but changed " + rows
          + " (" + statement.sql() + " " + statement.parameters() + ")");
    }
  }

  private AutogenException stepFailed(MigrationStep step, Throwable e) {
    String what = describe(step) + " failed: " + message(e);
    if (step.transactional()) {
      return new AutogenException(what + "; rolled back, the database is still at " + show(step.headsBefore()), e);
    }
    return new AutogenException(what + "; it runs outside a transaction, so its statements before the failing one"
        + " stay applied and the version table still says " + show(step.headsBefore())
        + ": repair the database by hand, then run again", e);
  }

  private static String describe(MigrationStep step) {
    String message = step.message() == null || step.message().isBlank() ? "" : " (" + step.message() + ")";
    return step.direction().word() + " of revision " + step.revision() + message;
  }

  /**
   * Refuses to run when an applied revision's migration differs from the one recorded when it was applied,
   * unless asked to accept the new version: then a stamp row records the new checksum.
   */
  private void verifyChecksums(Connection connection, Set<String> heads) throws SQLException {
    if (heads.isEmpty()) {
      return;
    }
    Map<String, String> recorded = versionTable.recordedChecksums(connection);
    List<String[]> changed = new ArrayList<>();
    for (String id : new TreeSet<>(appliedRevisions(heads))) {
      String before = recorded.get(id);
      String now = graph.get(id).checksum();
      if (before != null && now != null && !before.equals(now)) {
        changed.add(new String[] {id, before, now});
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    if (!acceptChecksums) {
      String[] first = changed.get(0);
      String more = changed.size() == 1 ? "" : " (and " + (changed.size() - 1) + " more)";
      throw new AutogenException("revision " + first[0] + " was edited after it was applied (checksum " + first[1]
          + " != " + first[2] + ")" + more + "; restore it, or accept the new version with --accept-checksums");
    }
    connection.setAutoCommit(false);
    try {
      for (String[] c : changed) {
        VersionTable.execute(connection, versionTable.insertHistory(
            c[0], Direction.STAMP, c[2], "accepted edited migration (checksum was " + c[1] + ")", null, heads, false));
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback(connection);
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
    for (String[] c : changed) {
      listener.checksumAccepted(c[0], c[1], c[2]);
    }
  }

  private Set<String> appliedRevisions(Set<String> heads) {
    try {
      return graph.applied(heads);
    } catch (RuntimeException e) {
      throw new AutogenException(message(e), e);
    }
  }

  private Connection lock() throws SQLException {
    if (connections == null) {
      throw new IllegalStateException("this migrator has no database; it writes scripts only");
    }
    Connection connection = connections.open();
    try {
      // Autocommit, so the session holds no snapshot while it waits or works: CREATE INDEX CONCURRENTLY in
      // the running migration waits for every open snapshot, and would wait forever for ours.
      connection.setAutoCommit(true);
      long key = versionTable.lockKey();
      long pause = LOCK_POLL_START_MILLIS;
      boolean told = false;
      // Polling pg_try_advisory_lock rather than blocking in pg_advisory_lock: a waiting runner would sit
      // in a statement holding a snapshot, and a concurrent index build in the lock holder would wait for it.
      while (!tryLock(connection, key)) {
        if (!told) {
          listener.waitingForLock();
          told = true;
        }
        Thread.sleep(pause);
        pause = Math.min(pause * 2, LOCK_POLL_MAX_MILLIS);
      }
      return connection;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(connection);
      throw new AutogenException("interrupted while waiting for another run to release the migration lock", e);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      st.setLong(1, key);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private void unlock(Connection connection) {
    // Best effort: closing the session releases the lock as well, should this fail.
    try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      st.setLong(1, versionTable.lockKey());
      st.execute();
    } catch (SQLException e) {
      closeQuietly(connection);
    }
  }

  // ---- offline ----------------------------------------------------------------------------------------

  /**
   * The SQL script of an upgrade over {@code range}: {@code start:end}, or {@code end} alone to start from
   * the empty database. It creates the version tables if missing and wraps each migration with its version
   * update in BEGIN/COMMIT (migrations outside a transaction run bare, their update follows).
   */
  public String upgradeSql(String range) {
    String[] parts = splitRange(range, true);
    Set<String> start = parts[0] == null ? Set.of() : resolve(parts[0]);
    List<RevisionGraph.Step> plan = plan(heads -> graph.upgradePlan(heads, parts[1]), start);
    return script("upgrade", range, plan);
  }

  /** The SQL script of a downgrade over {@code range}, which must be {@code start:end}. */
  public String downgradeSql(String range) {
    String[] parts = splitRange(range, false);
    Set<String> start = resolve(parts[0]);
    List<RevisionGraph.Step> plan = plan(heads -> graph.downgradePlan(heads, parts[1]), start);
    return script("downgrade", range, plan);
  }

  private static String[] splitRange(String range, boolean upgrade) {
    String r = range == null ? "" : range.strip();
    int colon = r.indexOf(':');
    if (colon < 0) {
      if (!upgrade) {
        throw new AutogenException("downgrade --sql needs a range START:END (such as head:base), not '" + r
            + "': offline there is no database to start from");
      }
      if (r.isEmpty()) {
        throw new AutogenException("the SQL range is empty; give END or START:END, such as base:head");
      }
      return new String[] {null, r};
    }
    String start = r.substring(0, colon).strip();
    String end = r.substring(colon + 1).strip();
    if (start.isEmpty() || end.isEmpty() || end.indexOf(':') >= 0) {
      throw new AutogenException("'" + r + "' is not a range; write START:END, such as base:head");
    }
    return new String[] {start, end};
  }

  private String script(String command, String range, List<RevisionGraph.Step> plan) {
    StringBuilder out = new StringBuilder();
    out.append("-- autogen ").append(command).append(' ').append(range.strip()).append('\n');
    out.append("-- ").append(plan.size()).append(plan.size() == 1 ? " migration" : " migrations")
        .append(", generated without a database connection\n\n");
    ScriptStatementSink sink = new ScriptStatementSink(dialect, out);
    for (SqlStatement statement : versionTable.createStatements()) {
      accept(sink, statement);
    }
    if (schema != null) {
      // As online: the configured schema first, then PostgreSQL's default path.
      out.append("SET search_path TO ").append(searchPathWith("\"$user\", public")).append(";\n");
    }
    for (RevisionGraph.Step step : plan) {
      LoadedMigration m = step.migration();
      boolean transactional = m.info().transactional();
      Direction direction = step.upgrade() ? Direction.UPGRADE : Direction.DOWNGRADE;
      out.append('\n').append("-- ").append(direction.word()).append(' ').append(m.info().id());
      if (m.info().message() != null && !m.info().message().isBlank()) {
        out.append(": ").append(m.info().message().replaceAll("\\s+", " ").strip());
      }
      out.append(transactional ? "" : " (outside a transaction)").append('\n');
      if (transactional) {
        out.append("BEGIN;\n");
      }
      Operations ops = new OfflineOperations(new SqlOperations(dialect, schema, null, sink));
      try {
        if (step.upgrade()) {
          m.migration().upgrade(ops);
        } else {
          m.migration().downgrade(ops);
        }
      } catch (RuntimeException e) {
        throw new AutogenException("revision " + m.info().id() + " cannot be written as SQL: " + message(e), e);
      }
      if (!transactional) {
        out.append("BEGIN;\n");
      }
      for (SqlStatement statement : versionTable.updateHeads(step.headsBefore(), step.headsAfter())) {
        accept(sink, statement);
      }
      accept(sink, versionTable.insertHistory(
          m.info().id(), direction, m.checksum(), m.info().message(), null, step.headsAfter(), true));
      out.append("COMMIT;\n");
    }
    return out.toString();
  }

  private static void accept(StatementSink sink, SqlStatement statement) {
    try {
      sink.accept(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("a script sink does not touch a database", e);
    }
  }

  /** Operations for scripts: a migration that asks for the connection learns there is none. */
  private record OfflineOperations(Operations delegate) implements Operations {
    @Override
    public void apply(Op op) {
      delegate.apply(op);
    }

    @Override
    public String schema() {
      return delegate.schema();
    }

    @Override
    public Operations inSchema(String otherSchema) {
      return new OfflineOperations(delegate.inSchema(otherSchema));
    }

    @Override
    public Dialect dialect() {
      return delegate.dialect();
    }

    @Override
    public Connection connection() {
      throw new IllegalStateException(
          "it works on the JDBC connection (a data migration in Java), which an SQL script cannot hold; run it online");
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------------

  private Set<String> resolve(String revision) {
    try {
      return graph.headsFor(revision);
    } catch (AutogenException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new AutogenException(message(e), e);
    }
  }

  private static String show(Set<String> heads) {
    return heads.isEmpty() ? "base (no revision)" : String.join(", ", new TreeSet<>(heads));
  }

  private AutogenException databaseError(String doing, SQLException e) {
    return new AutogenException("database error while " + doing + ": " + message(e), e);
  }

  /** An exception's message on one line, falling back to its type when it has none. */
  static String message(Throwable e) {
    String text = e.getMessage();
    if (text == null || text.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  private static void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; the server has rolled the transaction back already.
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Nothing left to release: closing a session ends its locks and transaction.
    }
  }
}
