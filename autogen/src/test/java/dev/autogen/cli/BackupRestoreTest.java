package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.testing.SchemaSnapshot;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code upgrade --backup FILE} writes a dump that restores to the same schema and rows, in both formats.
 *
 * <p>pg_dump refuses a server newer than itself, so this runs against the PostgreSQL at 127.0.0.1:5432
 * (user postgres, trusted), which matches the machine's client tools, rather than the test server; it is
 * skipped, saying why, when that server does not answer or pg_dump, pg_restore or psql is missing.
 */
class BackupRestoreTest {
  private static final String HOST = "127.0.0.1";
  private static final int PORT = 5432;
  private static final String USER = "postgres";

  @TempDir Path dir;

  private final List<String> databases = new ArrayList<>();

  @Test
  void theDumpRestoresToTheSchemaAndRowsFromBeforeTheUpgrade() throws Exception {
    for (String tool : List.of("pg_dump", "pg_restore", "psql")) {
      assumeTrue(onPath(tool), tool + " is not on the PATH");
    }
    String source = createDatabase();
    Project p = new Project(dir, url(source), USER, null);
    String first = p.revision("create users and posts",
        "op.createTable(\"users\", column(\"id\", bigint()).generatedByDefaultAsIdentity(),"
            + " column(\"email\", varchar(255)).notNull(), column(\"born\", date()), primaryKey(\"id\"));"
            + " op.createIndex(index(\"ix_users_email\", \"users\", \"email\").asUnique());"
            + " op.createTable(\"posts\", column(\"id\", bigint()).notNull(), column(\"author_id\", bigint()),"
            + " column(\"body\", text()), primaryKey(\"id\"), foreignKey(\"author_id\", \"users\", \"id\"));",
        "op.dropTable(\"posts\"); op.dropTable(\"users\");");
    String second = p.revision("add nickname", "op.addColumn(\"users\", column(\"nickname\", text()));",
        "op.dropColumn(\"users\", \"nickname\");");
    String third = p.revision("add title", "op.addColumn(\"posts\", column(\"title\", text()));",
        "op.dropColumn(\"posts\", \"title\");");
    assertThat(p.run("upgrade", first).exitCode()).isZero();
    execute(source, "INSERT INTO users (email, born) VALUES ('a@x', '1990-01-02'), ('b@x', NULL), ('c''s@x', '2000-12-31');"
        + "INSERT INTO posts VALUES (1, 1, 'hello'), (2, NULL, 'line one\nline two'), (3, 3, NULL)");

    // Custom format, restored with pg_restore.
    Snapshot atFirst = snapshot(source);
    Cli.Result custom = p.runWithPath(System.getenv("PATH"), "upgrade", second, "--backup", "backups/at-first.dump");
    assertThat(custom.exitCode()).as(custom.toString()).isZero();
    assertThat(custom.out()).containsSubsequence("Backed up the database to backups/at-first.dump (",
        "Applied  " + second);
    String restored = createDatabase();
    run("pg_restore", "--no-owner", "--dbname", restored, dir.resolve("backups/at-first.dump").toString());
    assertThat(snapshot(restored)).isEqualTo(atFirst);

    // Plain SQL, restored with psql.
    Snapshot atSecond = snapshot(source);
    assertThat(atSecond).isNotEqualTo(atFirst);
    Cli.Result plain = p.runWithPath(System.getenv("PATH"), "upgrade", "--backup", "at-second.sql");
    assertThat(plain.exitCode()).as(plain.toString()).isZero();
    assertThat(plain.out()).contains("Backed up the database to at-second.sql (").contains("Applied  " + third);
    assertThat(Files.readString(dir.resolve("at-second.sql"))).contains("CREATE TABLE public.users");
    String fromSql = createDatabase();
    run("psql", "--quiet", "--set", "ON_ERROR_STOP=1", "--dbname", fromSql, "--file", dir.resolve("at-second.sql").toString());
    assertThat(snapshot(fromSql)).isEqualTo(atSecond);
  }

  /**
   * The schema of {@code public} and every row of its tables. One line is left out of the schema: the
   * history table's {@code CHECK (direction IN (...))} on a varchar column, which PostgreSQL itself prints
   * differently once its printed form is parsed again by a restore (the same constraint, other casts).
   */
  private record Snapshot(List<String> schema, List<String> rows) {}

  private Snapshot snapshot(String database) throws SQLException {
    try (Connection c = connect(database)) {
      List<String> rows = new ArrayList<>();
      for (String table : List.of("users", "posts", "autogen_version", "autogen_history")) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT t::text FROM " + table + " t ORDER BY 1")) {
          while (rs.next()) {
            rows.add(table + " " + rs.getString(1));
          }
        }
      }
      List<String> schema = SchemaSnapshot.of(c, "public").lines().stream()
          .filter(line -> !line.startsWith("constraint autogen_history.autogen_history_direction_check "))
          .toList();
      return new Snapshot(schema, rows);
    }
  }

  private String createDatabase() {
    String name = "autogen_backup_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      assumeTrue(false, "no PostgreSQL to back up at " + HOST + ":" + PORT + " (" + e.getMessage() + ")");
    }
    databases.add(name);
    return name;
  }

  @AfterEach
  void dropDatabases() throws SQLException {
    if (databases.isEmpty()) {
      return;
    }
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      for (String name : databases) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }

  private static void execute(String database, String sql) throws SQLException {
    try (Connection c = connect(database); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Connection connect(String database) throws SQLException {
    Properties p = new Properties();
    p.setProperty("user", USER);
    p.setProperty("connectTimeout", "3");
    return DriverManager.getConnection(url(database), p);
  }

  private static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String d : path.split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
    b.environment().putAll(Map.of("PGHOST", HOST, "PGPORT", Integer.toString(PORT), "PGUSER", USER));
    Process process = b.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
  }
}
