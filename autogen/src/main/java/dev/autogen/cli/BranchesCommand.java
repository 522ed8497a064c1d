package dev.autogen.cli;

import dev.autogen.runtime.RevisionInfo;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code autogen branches}. */
@Command(
    name = "branches",
    description = {
      "Show the branch points, where the revisions fork.",
      "A branch point is a revision two or more revisions follow; each is listed with those revisions."
    })
final class BranchesCommand extends CliCommand {

  @Override
  int execute() {
    Revisions revisions = Revisions.of(engine());
    RevisionFormat format = revisions.format(reporter(), settings(), Set.of());
    for (String id : revisions.branchPoints()) {
      RevisionInfo point = revisions.byId().get(id);
      reporter().result(format.idLine(id, point) + ", " + point.message());
      for (String child : revisions.children().getOrDefault(id, List.of())) {
        RevisionInfo next = revisions.byId().get(child);
        reporter().result("  -> " + format.idLine(child, next) + ", " + next.message());
      }
    }
    if (revisions.branchPoints().isEmpty()) {
      reporter().info("No branch points: the revisions form a single line.");
    }
    return 0;
  }
}
