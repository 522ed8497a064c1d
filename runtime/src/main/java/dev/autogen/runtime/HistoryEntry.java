package dev.autogen.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One row of the history table: a revision applied, reverted or stamped, with the migration's checksum,
 * its message, when and by whom, how long it took (null when unknown, as for stamps and SQL scripts), and
 * the heads the database was at afterwards.
 */
public record HistoryEntry(
    long id,
    String revision,
    Direction direction,
    String checksum,
    String message,
    Instant appliedAt,
    Duration duration,
    String appliedBy,
    List<String> headsAfter) {
  public HistoryEntry {
    headsAfter = List.copyOf(headsAfter);
  }
}
