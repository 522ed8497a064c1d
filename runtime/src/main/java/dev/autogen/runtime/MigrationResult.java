package dev.autogen.runtime;

import java.util.List;
import java.util.Set;

/**
 * What a run did: the heads the database was at, the heads it is at now, and the steps taken in order
 * (empty when it was already at the target).
 */
public record MigrationResult(Set<String> headsBefore, Set<String> headsAfter, List<MigrationStep> steps) {
  public MigrationResult {
    headsBefore = Set.copyOf(headsBefore);
    headsAfter = Set.copyOf(headsAfter);
    steps = List.copyOf(steps);
  }

  /** True when nothing was applied or reverted. */
  public boolean nothingToDo() {
    return steps.isEmpty();
  }
}
