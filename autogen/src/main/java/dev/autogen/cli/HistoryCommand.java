package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.HistoryEntry;
import dev.autogen.runtime.MigrationListener;
import dev.autogen.runtime.RevisionInfo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen history [-v] [-r RANGE] [-i] [--applied]}. */
@Command(
    name = "history",
    description = {
      "List the revisions, newest first.",
      "With --applied, list what the database's history table recorded instead: each upgrade, downgrade"
          + " and stamp, when, by whom and how long it took."
    })
final class HistoryCommand extends CliCommand {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Option(names = "-v", description = "Show each revision's details.")
  boolean details;

  @Option(names = {"-r", "--rev-range"}, paramLabel = "START:END",
      description = "Only revisions from START to END, both included; either side may be empty, base,"
          + " head(s), current or a revision id.")
  String range;

  @Option(names = {"-i", "--indicate-current"}, description = "Mark the revisions the database is at.")
  boolean indicateCurrent;

  @Option(names = "--applied", description = "List the steps recorded in the database's history table.")
  boolean applied;

  @Override
  int execute() {
    boolean database = applied || indicateCurrent || (range != null && range.contains("current"));
    Autogen engine = engine(database, false, MigrationListener.NONE);
    Revisions revisions = Revisions.of(engine);
    Set<String> current = database ? engine.current() : Set.of();
    Set<String> selected = range == null ? null : select(engine, revisions, current);
    if (applied) {
      printApplied(engine.history(), selected);
      return 0;
    }
    RevisionFormat format = revisions.format(reporter(), settings(), current);
    boolean first = true;
    for (RevisionInfo revision : revisions.all()) {
      if (selected != null && !selected.contains(revision.id())) {
        continue;
      }
      if (details) {
        if (!first) {
          reporter().result("");
        }
        format.details(revision).forEach(reporter()::result);
      } else {
        reporter().result(format.line(revision));
      }
      first = false;
    }
    if (first) {
      reporter().info(revisions.all().isEmpty() ? "No revisions yet." : "No revisions in " + range + ".");
    }
    return 0;
  }

  private void printApplied(List<HistoryEntry> entries, Set<String> selected) {
    int shown = 0;
    for (HistoryEntry e : entries) {
      if (selected != null && !selected.contains(e.revision())) {
        continue;
      }
      String took = e.duration() == null ? "" : reporter().dim("  " + e.duration().toMillis() + " ms");
      String by = e.appliedBy() == null ? "" : reporter().dim("  by " + e.appliedBy());
      reporter().result(WHEN.format(e.appliedAt()) + "  " + String.format(Locale.ROOT, "%-9s", e.direction().word())
          + " " + reporter().rev(e.revision()) + (e.message() == null ? "" : "  " + e.message()) + took + by);
      shown++;
    }
    if (shown == 0) {
      reporter().info("The history table records no step" + (selected == null ? "" : " in " + range) + ".");
    }
  }

  /** The ids between the two ends of {@code -r START:END}, both included. */
  private Set<String> select(Autogen engine, Revisions revisions, Set<String> current) {
    int colon = range.indexOf(':');
    if (colon < 0) {
      throw CliException.usage("-r takes START:END, e.g. base:head, :current or 20261124_0930:");
    }
    String start = range.substring(0, colon).strip();
    String end = range.substring(colon + 1).strip();

    Set<String> upTo = new HashSet<>();
    for (String id : ends(engine, revisions, current, end, true)) {
      upTo.addAll(revisions.ancestorsOf(id));
    }
    Set<String> from = ends(engine, revisions, current, start, false);
    if (from == null) {
      return upTo;
    }
    Set<String> after = new HashSet<>();
    for (String id : from) {
      after.addAll(revisions.descendantsOf(id));
    }
    upTo.retainAll(after);
    return upTo;
  }

  /** The ids one end of a range names; null for an open start (base). */
  private static Set<String> ends(Autogen engine, Revisions revisions, Set<String> current, String spec,
      boolean isEnd) {
    if (spec.isEmpty() || spec.equals("base") && !isEnd) {
      return isEnd ? revisions.heads() : null;
    }
    if (spec.equals("base")) {
      return Set.of();
    }
    if (spec.equals("heads") || spec.equals("head")) {
      return isEnd ? revisions.heads() : Set.of(engine.show(spec).id());
    }
    if (spec.equals("current")) {
      return current;
    }
    return Set.of(engine.show(spec).id());
  }
}
