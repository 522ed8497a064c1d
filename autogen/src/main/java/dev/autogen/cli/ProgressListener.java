package dev.autogen.cli;

import dev.autogen.render.ChangeDescriber;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.Direction;
import dev.autogen.runtime.MigrationListener;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.runtime.op.Op;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reports a run as it goes: each migration applied or reverted, with the changes of each upgrade when they
 * were recorded beforehand and the warnings they carry (data a drop deletes), then where the database is.
 */
final class ProgressListener implements MigrationListener {
  private final Reporter reporter;
  private final Map<String, Changes> changes;
  private final ChangeDescriber describer = ChangeDescriber.withoutProvenance();
  private int done;

  /**
   * The ops a migration's upgrade records, in order; {@code complete} is false when recording stopped at a
   * Java data migration, whose work depends on the database.
   */
  record Changes(List<Op> ops, boolean complete) {
    Changes {
      ops = List.copyOf(ops);
    }
  }

  ProgressListener(Reporter reporter) {
    this(reporter, Map.of());
  }

  /** Lists under each upgrade the changes recorded for its revision in {@code changes}. */
  ProgressListener(Reporter reporter, Map<String, Changes> changes) {
    this.reporter = reporter;
    this.changes = Map.copyOf(changes);
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
    done++;
    Changes recorded = step.direction() == Direction.UPGRADE ? changes.get(step.revision()) : null;
    if (recorded == null) {
      return;
    }
    for (Op op : recorded.ops()) {
      reporter.info("    " + describer.describe(op));
    }
    if (!recorded.complete()) {
      reporter.info("    and the work of its Java code, which depends on the data");
    }
    for (Op op : recorded.ops()) {
      for (String risk : describer.risks(op)) {
        reporter.warn(risk + " (revision " + step.revision() + ")");
      }
    }
  }

  /** How many migrations ran so far. */
  int done() {
    return done;
  }

  /** After a failed run: how far it got, and where the database is (when it can still be read). */
  void summarizeFailure(Autogen engine, String backup) {
    String where;
    try {
      where = "the database is now at " + where(engine.current(), engine);
    } catch (RuntimeException e) {
      where = "where the database is now could not be read";
    }
    reporter.info("The upgrade failed after " + done + (done == 1 ? " migration" : " migrations") + "; " + where
        + (backup == null ? "." : "; the backup taken before it is " + backup + "."));
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
