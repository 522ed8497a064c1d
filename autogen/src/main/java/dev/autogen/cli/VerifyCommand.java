package dev.autogen.cli;

import dev.autogen.read.ReadOptions;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.runtime.internal.RevisionGraph;
import dev.autogen.safety.ReversibilityVerifier;
import dev.autogen.safety.ReversibilityVerifier.Status;
import dev.autogen.safety.ReversibilityVerifier.Verdict;
import dev.autogen.shadow.ShadowServer;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen verify [RANGE]}: proves on a shadow database that each downgrade undoes its upgrade. */
@Command(
    name = "verify",
    description = {
      "Prove that each migration's downgrade undoes its upgrade.",
      "On a shadow database (embedded PostgreSQL, or --shadow-url), each migration in RANGE is upgraded,"
          + " downgraded and upgraded again, in upgrade order, and the schema is compared at every step. Exit"
          + " codes: 0 every downgrade restores the schema, 1 some do not (each is listed with the differences),"
          + " 2 error."
    })
final class VerifyCommand extends CliCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "RANGE",
      description = "START:END, both included (either side may be empty: from base, to every head), or one"
          + " revision; ends are ids, unique prefixes, branch labels, head or heads. Default: every revision.")
  String range;

  @Override
  int execute() {
    try {
      return verify();
    } catch (CliException e) {
      // 1 means a migration that does not reverse, so every error ends with 2.
      throw CliException.withExitCode(e.getMessage(), CliException.USAGE, e);
    } catch (RuntimeException e) {
      throw CliException.withExitCode(e.getMessage() == null ? e.toString() : e.getMessage(), CliException.USAGE, e);
    }
  }

  private int verify() {
    Settings settings = settings();
    List<LoadedMigration> loaded = loadMigrations();
    RevisionGraph graph = RevisionGraph.of(loaded);
    List<RevisionInfo> selected = ReversibilityVerifier.select(graph, range);
    if (selected.isEmpty()) {
      reporter().info(loaded.isEmpty() ? "No revisions to verify." : "No revisions in " + range + ".");
      return 0;
    }
    List<Verdict> verdicts;
    try (ShadowServer shadow = settings.shadowUrl() != null
        ? ShadowServer.atUrl(settings.shadowUrl(), settings.user(), settings.password())
        : ShadowServer.embedded(reporter().isVerbose())) {
      reporter().info("Verifying " + count(selected.size()) + " on a shadow database (" + shadow.description()
          + "): upgrade, downgrade, upgrade again.");
      ReadOptions options = ReadOptions.forSchema(settings.schema() == null ? "public" : settings.schema());
      verdicts = new ReversibilityVerifier(shadow, options, settings.schema()).verify(graph, selected, this::print);
    }
    List<Verdict> failed = verdicts.stream().filter(v -> !v.passed()).toList();
    if (failed.isEmpty()) {
      reporter().info("Every downgrade restores the schema before its upgrade, and every upgrade runs again to the"
          + " same schema (" + count(verdicts.size()) + ").");
      return 0;
    }
    long broken = failed.stream().filter(v -> v.status() != Status.NOT_CHECKED).count();
    reporter().result(broken + " of " + count(verdicts.size()) + " did not pass: "
        + failed.stream().filter(v -> v.status() != Status.NOT_CHECKED).map(v -> v.revision().id())
            .collect(Collectors.joining(", "))
        + (broken < failed.size() ? "; " + (failed.size() - broken) + " not checked" : "") + ".");
    return 1;
  }

  private void print(Verdict v) {
    String head = reporter().rev(v.revision().id()) + "  " + v.revision().message();
    Reporter r = reporter();
    switch (v.status()) {
      case RESTORED -> r.success("Reversible      " + head);
      case NOT_CHECKED -> r.result("Not checked     " + head + r.dim(" (an earlier revision does not upgrade)"));
      case UPGRADE_FAILED -> {
        r.result("Does not apply  " + head);
        r.result("    " + v.failure());
      }
      case NOT_RESTORED -> {
        r.result("NOT reversible  " + head);
        if (!v.afterDowngrade().isEmpty()) {
          r.result("    after upgrade and downgrade, against the schema before the upgrade:");
          v.afterDowngrade().forEach(line -> r.result("      " + line));
        }
        if (!v.afterSecondUpgrade().isEmpty()) {
          r.result("    after upgrading again, against the schema after the first upgrade:");
          v.afterSecondUpgrade().forEach(line -> r.result("      " + line));
        }
        if (v.failure() != null) {
          r.result("    " + v.failure());
        }
      }
    }
    for (String note : v.notes()) {
      r.info("    note: " + note + " (PostgreSQL adds a column at the end; not counted as a difference)");
    }
  }

  private static String count(int n) {
    return n + (n == 1 ? " revision" : " revisions");
  }
}
