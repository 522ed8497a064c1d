package dev.autogen.runtime;

import java.time.Duration;
import java.util.Set;

/**
 * Hears what a run does, as it does it, so a command line can print each migration applied and where the
 * database ends up. Every method has an empty default; implement those you need. Called on the thread
 * that runs the migrations.
 */
public interface MigrationListener {

  /** A listener that ignores everything. */
  MigrationListener NONE = new MigrationListener() {};

  /** Another run holds the migration lock; this one waits for it to finish. */
  default void waitingForLock() {}

  /** The lock is held and the database's heads have been read: {@code heads} is where the run starts. */
  default void started(Set<String> heads) {}

  /** The checksum of applied revision {@code revision} changed and was accepted as asked. */
  default void checksumAccepted(String revision, String recorded, String current) {}

  /** A migration is about to run. */
  default void stepStarted(MigrationStep step) {}

  /** A migration ran and was recorded (committed, when transactional). */
  default void stepFinished(MigrationStep step, Duration duration) {}

  /** The run is over: {@code heads} is where the database is now. */
  default void finished(Set<String> heads) {}
}
