package dev.autogen.runtime;

import java.util.Set;

/**
 * One migration applied or reverted during a run: the revision, its message, which way it ran, whether it
 * ran in a transaction, and the database's heads before and after it.
 */
public record MigrationStep(
    String revision,
    String message,
    Direction direction,
    boolean transactional,
    Set<String> headsBefore,
    Set<String> headsAfter) {
  public MigrationStep {
    headsBefore = Set.copyOf(headsBefore);
    headsAfter = Set.copyOf(headsAfter);
  }
}
