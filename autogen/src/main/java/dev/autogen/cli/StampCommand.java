package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen stamp REV...}. */
@Command(
    name = "stamp",
    description = {
      "Record the database as at REV, running nothing.",
      "Sets the version table to the given revisions without running any migration, as when adopting a"
          + " database whose schema is already there."
    })
final class StampCommand extends CliCommand {

  @Parameters(arity = "1..*", paramLabel = "REV", description = "head, heads, base, or revision ids.")
  List<String> revisions;

  @Override
  int execute() {
    ProgressListener progress = new ProgressListener(reporter());
    Autogen engine = engine(true, false, progress);
    MigrationResult result = engine.stamp(revisions.toArray(String[]::new));
    String where = progress.where(result.headsAfter(), engine);
    if (result.headsBefore().equals(result.headsAfter())) {
      reporter().info("Nothing to do: the database is at " + where + ".");
    } else {
      reporter().success("Stamped: the database is now at " + where + "; no migration ran.");
    }
    return 0;
  }
}
