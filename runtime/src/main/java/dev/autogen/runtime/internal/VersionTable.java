package dev.autogen.runtime.internal;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.HistoryEntry;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two tables that record where a database is: the version table, one row per current head
 * ({@code version_num}), and the history table, one row per step applied, reverted or stamped.
 *
 * <p>Every statement is built here as a {@link SqlStatement}, so the same SQL runs online through JDBC and
 * is written into offline scripts. Names are quoted by the dialect and qualified with the schema when one
 * is configured.
 */
public final class VersionTable {
  /** Default name of the version table. */
  public static final String DEFAULT_VERSION_TABLE = "autogen_version";
  /** Default name of the history table. */
  public static final String DEFAULT_HISTORY_TABLE = "autogen_history";

  // SQLSTATEs of the losing side when two sessions create the same table at once outside the lock.
  private static final Set<String> CONCURRENT_CREATE_STATES = Set.of("23505", "42P07", "42710");

  private final Dialect dialect;
  private final String schema;
  private final String versionTable;
  private final String historyTable;
  private final String osUser;

  /**
   * @param schema the schema both tables live in, or null for the connection's default
   * @param osUser the operating-system user recorded next to the database user in {@code applied_by}
   */
  public VersionTable(Dialect dialect, String schema, String versionTable, String historyTable, String osUser) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.schema = schema;
    this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
    this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
    this.osUser = osUser == null || osUser.isBlank() ? "unknown" : osUser;
  }

  /** Tables named by default in the given schema (null for the default one). */
  public static VersionTable defaults(Dialect dialect, String schema) {
    return new VersionTable(dialect, schema, DEFAULT_VERSION_TABLE, DEFAULT_HISTORY_TABLE, System.getProperty("user.name"));
  }

  public String schema() {
    return schema;
  }

  /** The version table's name as written in SQL: quoted, schema-qualified when a schema is set. */
  public String qualifiedVersionTable() {
    return dialect.qualify(schema, versionTable);
  }

  /** The history table's name as written in SQL. */
  public String qualifiedHistoryTable() {
    return dialect.qualify(schema, historyTable);
  }

  /**
   * The key of the advisory lock that serializes runs on this version table: a fixed 64-bit FNV-1a hash of
   * its schema-qualified name, so every process computes the same key and runs on different version tables
   * in one database do not wait for each other.
   */
  public long lockKey() {
    String name = "autogen:" + (schema == null ? "" : schema + ".") + versionTable;
    long hash = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hash ^= (b & 0xff);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  // ---- SQL --------------------------------------------------------------------------------------------

  /** CREATE statements for the schema (when one is set) and both tables; each is a no-op when it exists. */
  public List<SqlStatement> createStatements() {
    List<SqlStatement> out = new ArrayList<>();
    if (schema != null) {
      out.add(SqlStatement.of("CREATE SCHEMA IF NOT EXISTS " + dialect.quote(schema)));
    }
    out.add(SqlStatement.of(
        "CREATE TABLE IF NOT EXISTS " + qualifiedVersionTable() + " (\n"
            + "  " + q("version_num") + " varchar(64) NOT NULL PRIMARY KEY\n"
            + ")"));
    out.add(SqlStatement.of(
        "CREATE TABLE IF NOT EXISTS " + qualifiedHistoryTable() + " (\n"
            + "  " + q("id") + " bigserial PRIMARY KEY,\n"
            + "  " + q("revision") + " varchar(64) NOT NULL,\n"
            + "  " + q("direction") + " varchar(9) NOT NULL CHECK (" + q("direction")
            + " IN ('upgrade', 'downgrade', 'stamp')),\n"
            + "  " + q("checksum") + " varchar(128),\n"
            + "  " + q("message") + " text,\n"
            + "  " + q("applied_at") + " timestamptz NOT NULL DEFAULT now(),\n"
            + "  " + q("duration_ms") + " bigint,\n"
            + "  " + q("applied_by") + " text,\n"
            + "  " + q("heads_after") + " text NOT NULL\n"
            + ")"));
    return out;
  }

  /** The current heads, one row each. */
  public SqlStatement selectHeads() {
    return SqlStatement.of("SELECT " + q("version_num") + " FROM " + qualifiedVersionTable() + " ORDER BY 1");
  }

  /**
   * The statements that move the version table from {@code before} to {@code after}: an UPDATE when one
   * head replaces another (the common linear case), otherwise a DELETE per head that goes and an INSERT
   * per head that comes. Each UPDATE and DELETE must touch exactly one row.
   */
  public List<SqlStatement> updateHeads(Set<String> before, Set<String> after) {
    Set<String> gone = new TreeSet<>(before);
    gone.removeAll(after);
    Set<String> come = new TreeSet<>(after);
    come.removeAll(before);
    List<SqlStatement> out = new ArrayList<>();
    if (gone.size() == 1 && come.size() == 1) {
      out.add(new SqlStatement(
          "UPDATE " + qualifiedVersionTable() + " SET " + q("version_num") + " = ? WHERE " + q("version_num") + " = ?",
          List.of(come.iterator().next(), gone.iterator().next()), true));
      return out;
    }
    for (String head : gone) {
      out.add(new SqlStatement(
          "DELETE FROM " + qualifiedVersionTable() + " WHERE " + q("version_num") + " = ?", List.of(head), true));
    }
    for (String head : come) {
      out.add(new SqlStatement(
          "INSERT INTO " + qualifiedVersionTable() + " (" + q("version_num") + ") VALUES (?)", List.of(head), true));
    }
    return out;
  }

  /** Empties the version table (stamp starts from a clean slate). */
  public SqlStatement deleteAllHeads() {
    return SqlStatement.of("DELETE FROM " + qualifiedVersionTable());
  }

  /**
   * The history row of one step. {@code durationMillis} is null when unknown (stamps, scripts);
   * {@code script} records the OS user as the author of a script rather than the one who ran it.
   */
  public SqlStatement insertHistory(
      String revision, Direction direction, String checksum, String message, Long durationMillis,
      Set<String> headsAfter, boolean script) {
    String by = script ? " (script by " + osUser + ")" : " (" + osUser + ")";
    return new SqlStatement(
        "INSERT INTO " + qualifiedHistoryTable() + " (" + q("revision") + ", " + q("direction") + ", "
            + q("checksum") + ", " + q("message") + ", " + q("duration_ms") + ", " + q("applied_by") + ", "
            + q("heads_after") + ") VALUES (?, ?, ?, ?, ?, current_user || ?, ?)",
        Arrays.asList(revision, direction.word(), checksum, message, durationMillis, by, joinHeads(headsAfter)),
        true);
  }

  /** Heads as stored in {@code heads_after}: sorted, comma-separated, empty for none. */
  public static String joinHeads(Set<String> heads) {
    return String.join(",", new TreeSet<>(heads));
  }

  // ---- online -----------------------------------------------------------------------------------------

  /** True when the version table exists (read without creating anything). */
  public boolean exists(Connection connection) throws SQLException {
    return relationExists(connection, qualifiedVersionTable());
  }

  private boolean historyExists(Connection connection) throws SQLException {
    return relationExists(connection, qualifiedHistoryTable());
  }

  private boolean schemaExists(Connection connection) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT to_regnamespace(?) IS NOT NULL")) {
      st.setString(1, dialect.quote(schema));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private static boolean relationExists(Connection connection, String qualifiedName) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      st.setString(1, qualifiedName);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  /**
   * Creates the schema and tables when missing, in a transaction of their own. Runs under the migration
   * lock; should a session without it race us anyway, losing the race counts as success.
   */
  public void ensureExists(Connection connection) throws SQLException {
    if (exists(connection) && historyExists(connection)) {
      return;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      List<SqlStatement> statements = createStatements();
      if (schema != null && schemaExists(connection)) {
        // CREATE SCHEMA checks the right to create schemas even when this one exists: skip it then.
        statements = statements.subList(1, statements.size());
      }
      for (SqlStatement statement : statements) {
        execute(connection, statement);
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      if (!CONCURRENT_CREATE_STATES.contains(e.getSQLState()) || !exists(connection) || !historyExists(connection)) {
        throw e;
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The current heads; empty when the version table does not exist yet. */
  public Set<String> readHeads(Connection connection) throws SQLException {
    Set<String> heads = new TreeSet<>();
    if (!exists(connection)) {
      return heads;
    }
    try (PreparedStatement st = connection.prepareStatement(selectHeads().sql());
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        heads.add(rs.getString(1));
      }
    }
    return heads;
  }

  /** Every history row, newest first; empty when the history table does not exist yet. */
  public List<HistoryEntry> readHistory(Connection connection) throws SQLException {
    List<HistoryEntry> out = new ArrayList<>();
    if (!historyExists(connection)) {
      return out;
    }
    String sql = "SELECT " + q("id") + ", " + q("revision") + ", " + q("direction") + ", " + q("checksum") + ", "
        + q("message") + ", " + q("applied_at") + ", " + q("duration_ms") + ", " + q("applied_by") + ", "
        + q("heads_after") + " FROM " + qualifiedHistoryTable() + " ORDER BY " + q("id") + " DESC";
    try (PreparedStatement st = connection.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Timestamp at = rs.getTimestamp(6);
        long millis = rs.getLong(7);
        Duration duration = rs.wasNull() ? null : Duration.ofMillis(millis);
        String heads = rs.getString(9);
        out.add(new HistoryEntry(
            rs.getLong(1),
            rs.getString(2),
            Direction.ofWord(rs.getString(3)),
            rs.getString(4),
            rs.getString(5),
            at == null ? null : at.toInstant(),
            duration,
            rs.getString(8),
            heads == null || heads.isEmpty() ? List.of() : List.of(heads.split(","))));
      }
    }
    return out;
  }

  /**
   * The checksum each revision was last applied (or stamped, or accepted) with: from the newest upgrade or
   * stamp row that carries one.
   */
  public Map<String, String> recordedChecksums(Connection connection) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    if (!historyExists(connection)) {
      return out;
    }
    String sql = "SELECT " + q("revision") + ", " + q("checksum") + " FROM " + qualifiedHistoryTable()
        + " WHERE " + q("direction") + " IN ('upgrade', 'stamp') AND " + q("checksum") + " IS NOT NULL ORDER BY "
        + q("id");
    try (PreparedStatement st = connection.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  /** Runs one statement with its parameters; returns the update count. */
  public static int execute(Connection connection, SqlStatement statement) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(statement.sql())) {
      List<Object> parameters = statement.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        st.setObject(i + 1, parameters.get(i));
      }
      return st.executeUpdate();
    }
  }

  private String q(String identifier) {
    return dialect.quote(identifier);
  }
}
