package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen upgrade [TARGET] [--sql] [--accept-checksums]}. */
@Command(
    name = "upgrade",
    description = {
      "Apply migrations up to TARGET (default: head).",
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

  @Override
  int execute() {
    if (sql) {
      reporter().result(engine().upgradeSql(target).stripTrailing());
      return 0;
    }
    ProgressListener progress = new ProgressListener(reporter());
    Autogen engine = engine(true, acceptChecksums, progress);
    MigrationResult result = engine.upgrade(target);
    progress.summarize(result, engine);
    return 0;
  }
}
