package dev.autogen.cli;

import dev.autogen.runtime.RevisionInfo;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen heads [-v]}. */
@Command(
    name = "heads",
    description = "Show the heads: revisions no other revision follows.")
final class HeadsCommand extends CliCommand {

  @Option(names = "-v", description = "Show each revision's details.")
  boolean details;

  @Override
  int execute() {
    Revisions revisions = Revisions.of(engine());
    RevisionFormat format = revisions.format(reporter(), settings(), Set.of());
    boolean first = true;
    for (String id : revisions.heads()) {
      RevisionInfo head = revisions.byId().get(id);
      if (details) {
        if (!first) {
          reporter().result("");
        }
        format.details(head).forEach(reporter()::result);
      } else {
        reporter().result(format.idLine(id, head));
      }
      first = false;
    }
    if (revisions.heads().isEmpty()) {
      reporter().info("No revisions yet.");
    }
    return 0;
  }
}
