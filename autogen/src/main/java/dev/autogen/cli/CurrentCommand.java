package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationListener;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen current [-v]}. */
@Command(
    name = "current",
    description = "Show the revision(s) the database is at.")
final class CurrentCommand extends CliCommand {

  @Option(names = "-v", description = "Show each revision's details.")
  boolean details;

  @Override
  int execute() {
    // Without migrations yet, the database can still say where it is.
    boolean migrations = hasMigrationsDirectory();
    Autogen engine = migrations ? engine(true, false, MigrationListener.NONE) : databaseOnly();
    Set<String> current = new TreeSet<>(engine.current());
    if (current.isEmpty()) {
      reporter().info("The database is at base: no revision applied.");
      return 0;
    }
    Revisions revisions = migrations ? Revisions.of(engine) : Revisions.NONE;
    RevisionFormat format = revisions.format(reporter(), settings(), Set.of());
    boolean first = true;
    for (String id : current) {
      var revision = revisions.byId().get(id);
      if (details && revision != null) {
        if (!first) {
          reporter().result("");
        }
        format.details(revision).forEach(reporter()::result);
      } else {
        reporter().result(format.idLine(id, revision));
      }
      first = false;
    }
    return 0;
  }
}
