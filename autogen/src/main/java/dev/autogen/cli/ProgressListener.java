package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationListener;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.MigrationStep;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/** Reports a run as it goes: each migration applied or reverted, then where the database is. */
final class ProgressListener implements MigrationListener {
  private final Reporter reporter;

  ProgressListener(Reporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public void waitingForLock() {
    reporter.info("Waiting for another run to finish: it holds the migration lock.");
  }

  @Override
  public void checksumAccepted(String revision, String recorded, String current) {
    reporter.warn("revision " + revision + " was edited after it was applied; its new checksum is accepted");
  }

  @Override
  public void stepStarted(MigrationStep step) {
    reporter.debug(step.direction().word() + " " + step.revision()
        + (step.transactional() ? "" : " (outside a transaction)"));
  }

  @Override
  public void stepFinished(MigrationStep step, Duration duration) {
    String verb = switch (step.direction()) {
      case UPGRADE -> "Applied ";
      case DOWNGRADE -> "Reverted";
      case STAMP -> "Stamped ";
    };
    reporter.success(verb + " " + reporter.rev(step.revision()) + "  " + step.message()
        + reporter.dim(" (" + duration.toMillis() + " ms)"));
  }

  /** The closing line: where the database is now, or that there was nothing to do. */
  void summarize(MigrationResult result, Autogen engine) {
    String where = where(result.headsAfter(), engine);
    if (result.nothingToDo()) {
      reporter.info("Nothing to do: the database is at " + where + ".");
    } else {
      reporter.info("The database is now at " + where + ".");
    }
  }

  /** {@code 20261124_0930_4f1c (head)}, or base when no revision is applied. */
  String where(Set<String> at, Autogen engine) {
    Set<String> heads = engine.heads().stream().map(r -> r.id()).collect(Collectors.toSet());
    if (at.isEmpty()) {
      return "base (no revision applied)";
    }
    return at.stream().sorted()
        .map(id -> reporter.rev(id) + (heads.contains(id) ? reporter.label(" (head)") : ""))
        .collect(Collectors.joining(", "));
  }
}
