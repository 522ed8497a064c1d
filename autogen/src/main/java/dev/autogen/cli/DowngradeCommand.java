package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen downgrade TARGET [--sql]}. */
@Command(
    name = "downgrade",
    description = {
      "Revert migrations down to TARGET.",
      "Each migration runs in its own transaction, under a lock that concurrent runs wait for. With --sql,"
          + " print the SQL instead, without a connection."
    })
final class DowngradeCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "TARGET",
      description = "-N, base, or a full or partial revision id; with --sql START:END.")
  String target;

  @Option(names = "--sql", description = "Print the SQL of the downgrade (START:END) instead of running it.")
  boolean sql;

  @Override
  int execute() {
    if (sql) {
      reporter().result(engine().downgradeSql(target).stripTrailing());
      return 0;
    }
    ProgressListener progress = new ProgressListener(reporter());
    Autogen engine = engine(true, false, progress);
    MigrationResult result = engine.downgrade(target);
    progress.summarize(result, engine);
    return 0;
  }
}
