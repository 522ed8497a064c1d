package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.RevisionInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen merge -m MSG [REV...]}: one revision that joins divergent heads. */
@Command(
    name = "merge",
    description = {
      "Write a merge revision that joins heads into one.",
      "Without REV, merges every current head. The merge revision changes nothing itself; edit it when the"
          + " branches need reconciling."
    })
final class MergeCommand extends CliCommand {

  @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the merge is for.")
  String message;

  @Parameters(arity = "0..*", paramLabel = "REV", description = "The heads to merge (default: all heads).")
  List<String> revisions = new ArrayList<>();

  @Override
  int execute() {
    Settings settings = settings();
    Autogen engine = engine();
    List<String> heads = engine.heads().stream().map(RevisionInfo::id).toList();
    List<String> parents = new ArrayList<>();
    if (revisions.isEmpty()) {
      parents.addAll(heads);
    } else {
      for (String rev : revisions) {
        String id = engine.show(rev).id();
        if (!heads.contains(id)) {
          throw CliException.failure((rev.equals(id) ? id : rev + " (" + id + ")") + " is not a head; merge joins heads: "
              + String.join(", ", heads));
        }
        if (!parents.contains(id)) {
          parents.add(id);
        }
      }
    }
    if (parents.size() < 2) {
      throw CliException.failure("nothing to merge: " + (heads.size() == 1
          ? "there is one head, " + heads.get(0) : "name at least two heads") );
    }
    Set<String> ids = new HashSet<>();
    engine.revisions().forEach(r -> ids.add(r.id()));
    NewRevision revision = NewRevision.create(main.clock().instant(), message, parents, List.of(), List.of(),
        settings.migrations(), settings.migrationPackage(), ids);
    EmptyRevisionWriter.write(revision);
    reporter().success("Created " + settings.display(revision.file()));
    reporter().info("Revision " + reporter().rev(revision.id()) + " merges " + String.join(", ", parents) + ".");
    afterWrite(revision.file());
    return 0;
  }
}
