package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen show REV}. */
@Command(
    name = "show",
    description = "Show one revision's details.")
final class ShowCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "REV", description = "A full or partial revision id, head, or LABEL@head.")
  String revision;

  @Override
  int execute() {
    Autogen engine = engine();
    Revisions revisions = Revisions.of(engine);
    revisions.format(reporter(), settings(), Set.of()).details(engine.show(revision)).forEach(reporter()::result);
    return 0;
  }
}
