package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.internal.ConnectionRequestedException;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.runtime.internal.RecordingOperations;
import dev.autogen.runtime.internal.RevisionGraph;
import dev.autogen.safety.DataChecker;
import dev.autogen.safety.PgDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autogen upgrade [TARGET] [--sql] [--accept-checksums] [--check-data | --no-check-data]
 * [--backup FILE]}.
 *
 * <p>Before anything is applied, the existing rows are checked against the pending changes (unless
 * {@code --no-check-data}): when some would make a change fail, the upgrade does not start. Then, with
 * {@code --backup}, pg_dump backs the database up. Each migration applied is listed with its changes.
 */
@Command(
    name = "upgrade",
    description = {
      "Apply migrations up to TARGET (default: head).",
      "First the existing rows are checked against the pending changes: NULLs before SET NOT NULL, duplicates"
          + " before a unique constraint or index, orphans before a foreign key, values that do not fit a"
          + " narrower type. When any would fail, nothing is applied and the rows are reported (exit 1).",
      "Each migration runs in its own transaction, under a lock that concurrent runs wait for. With --sql,"
          + " print the SQL instead, without a connection."
    })
final class UpgradeCommand extends CliCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
      description = "head (default), heads, a full or partial revision id, +N, REV+N or LABEL@head;"
          + " with --sql also a range START:END.")
  String target;

  @Option(names = "--sql", description = "Print the SQL of the upgrade (START:END or END) instead of running it.")
  boolean sql;

  @Option(names = "--accept-checksums",
      description = "Accept applied migrations that were edited since, recording their new checksum.")
  boolean acceptChecksums;

  @Option(names = "--check-data",
      description = "Only check the existing rows against the pending changes and report those that would fail;"
          + " apply nothing. Exit 0 when none would, 1 when some would.")
  boolean checkDataOnly;

  @Option(names = "--no-check-data",
      description = "Do not check the existing rows before upgrading (the check counts rows, which scans tables).")
  boolean noCheckData;

  @Option(names = "--backup", paramLabel = "FILE",
      description = "Before applying anything, back the database up to FILE with pg_dump (on the PATH, of the"
          + " server's major version or newer): custom format for pg_restore, or plain SQL when FILE ends in"
          + " .sql. The upgrade stops if the backup fails.")
  String backup;

  @Override
  int execute() {
    if (sql) {
      if (checkDataOnly || noCheckData || backup != null) {
        throw CliException.usage("--sql prints the SQL without a connection; it cannot be combined with"
            + " --check-data, --no-check-data or --backup");
      }
      reporter().result(engine().upgradeSql(target).stripTrailing());
      return 0;
    }
    if (checkDataOnly && (noCheckData || backup != null)) {
      throw CliException.usage("--check-data only checks and applies nothing; leave out "
          + (noCheckData ? "--no-check-data" : "--backup"));
    }
    requireDatabase();
    PgDump pgDump = backup == null ? null : findPgDump();
    List<LoadedMigration> loaded = loadMigrations();
    Map<String, ProgressListener.Changes> pending = pending(loaded);
    ProgressListener progress = new ProgressListener(reporter(), pending);
    Autogen engine = engine(true, acceptChecksums, progress, loaded);

    if (checkDataOnly) {
      if (pending.isEmpty()) {
        reporter().info("Nothing to check: no migration is pending.");
        return 0;
      }
      return checkData(pending) ? 0 : 1;
    }
    if (!pending.isEmpty() && !noCheckData && !checkData(pending)) {
      return 1;
    }
    Path backupFile = null;
    if (pgDump != null && !pending.isEmpty()) {
      backupFile = backUp(pgDump);
    } else if (pgDump != null) {
      reporter().info("No backup taken: there is nothing to apply.");
    }
    MigrationResult result;
    try {
      result = engine.upgrade(target);
    } catch (RuntimeException e) {
      progress.summarizeFailure(engine, backupFile == null ? null : settings().display(backupFile));
      throw e;
    }
    progress.summarize(result, engine);
    return 0;
  }

  /**
   * The migrations the upgrade would apply now, in order, each with the ops its upgrade records. Empty
   * when the database is at the target already.
   */
  private Map<String, ProgressListener.Changes> pending(List<LoadedMigration> loaded) {
    RevisionGraph graph = RevisionGraph.of(loaded);
    Set<String> current = databaseOnly().current();
    Dialect dialect;
    try {
      dialect = Dialects.forUrl(settings().url());
    } catch (IllegalArgumentException e) {
      throw CliException.failure(e.getMessage());
    }
    Map<String, ProgressListener.Changes> out = new LinkedHashMap<>();
    for (RevisionGraph.Step step : graph.upgradePlan(current, target)) {
      RecordingOperations ops = new RecordingOperations(dialect, settings().schema());
      boolean complete = true;
      try {
        step.migration().migration().upgrade(ops);
      } catch (ConnectionRequestedException e) {
        complete = false;
      } catch (RuntimeException e) {
        // It fails when run too; until then, what it recorded is what is known of it.
        complete = false;
      }
      out.put(step.id(), new ProgressListener.Changes(ops.ops(), complete));
    }
    return out;
  }

  /** Counts the rows the pending changes would fail on and reports them; true when none blocks the upgrade. */
  private boolean checkData(Map<String, ProgressListener.Changes> pending) {
    List<DataChecker.Pending> input = new ArrayList<>();
    pending.forEach((id, c) -> input.add(new DataChecker.Pending(id, c.ops(), c.complete())));
    DataChecker.Result result;
    try (Connection connection = connect()) {
      result = new DataChecker(defaultSchema(connection)).check(connection, input);
    } catch (SQLException e) {
      throw CliException.failure("cannot check the existing rows: " + e.getMessage().strip().lines().findFirst()
          .orElse("") + "; run with --no-check-data to upgrade without the check");
    }
    for (String note : result.notCounted()) {
      reporter().warn("could not count the rows for " + note);
    }
    for (DataChecker.Finding f : result.advisory()) {
      reporter().warn(f.text());
    }
    List<DataChecker.Finding> blocking = result.blocking();
    if (blocking.isEmpty()) {
      String line = "Checked the existing rows: none would fail the pending changes.";
      if (checkDataOnly) {
        reporter().result(line);
      } else {
        reporter().debug(line);
      }
      return true;
    }
    reporter().result("Existing rows that would make the upgrade fail:");
    long rows = 0;
    for (DataChecker.Finding f : blocking) {
      reporter().result("  " + f.text());
      rows += f.rows();
    }
    String counted = rows + (rows == 1 ? " existing row" : " existing rows") + " would fail the pending changes";
    if (checkDataOnly) {
      reporter().result(counted + ".");
    } else {
      reporter().error(counted + ", so nothing was applied; fix those rows (a data migration before the change),"
          + " or run with --no-check-data to let the upgrade try");
    }
    return false;
  }

  private PgDump findPgDump() {
    String path = main.environment().get("PATH");
    return PgDump.find(path != null ? path : System.getenv("PATH")).orElseThrow(() -> CliException.failure(
        "--backup needs pg_dump, which is not on the PATH; install the PostgreSQL client tools (of the server's"
            + " version or newer) or leave out --backup; nothing was applied"));
  }

  /** Runs pg_dump into the backup file; stops the upgrade when it fails. */
  private Path backUp(PgDump pgDump) {
    Path file = settings().workingDirectory().resolve(backup).normalize();
    String shown = settings().display(file);
    reporter().info("Backing up the database to " + shown + " with " + pgDump.executable() + "...");
    PgDump.Outcome outcome;
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      outcome = pgDump.dump(settings().url(), settings().user(), settings().password(), file);
    } catch (IOException | IllegalArgumentException e) {
      throw CliException.failure("the backup failed, so nothing was applied: cannot run pg_dump: " + e.getMessage());
    }
    if (!outcome.succeeded()) {
      throw CliException.failure("the backup failed, so nothing was applied: pg_dump exited with "
          + outcome.exitCode() + (outcome.firstErrorLine().isEmpty() ? "" : ": " + outcome.firstErrorLine()));
    }
    long bytes;
    try {
      bytes = Files.size(file);
    } catch (IOException e) {
      bytes = -1;
    }
    reporter().success("Backed up the database to " + shown + (bytes < 0 ? "" : " (" + size(bytes) + ")") + ".");
    return file;
  }

  private Connection connect() throws SQLException {
    Properties p = new Properties();
    if (settings().user() != null) {
      p.setProperty("user", settings().user());
    }
    if (settings().password() != null) {
      p.setProperty("password", settings().password());
    }
    return DriverManager.getConnection(settings().url(), p);
  }

  private String defaultSchema(Connection connection) throws SQLException {
    if (settings().schema() != null) {
      return settings().schema();
    }
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
      rs.next();
      String schema = rs.getString(1);
      return schema == null ? "public" : schema;
    }
  }

  private static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
