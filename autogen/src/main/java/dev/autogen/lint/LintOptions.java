package dev.autogen.lint;

/**
 * How migrations are linted and which safe forms autogenerate writes.
 *
 * @param serverVersion the major version of the PostgreSQL server the migrations run on (some rules depend on
 *     it: before 11 every column default rewrites the table; from 12 a valid check lets SET NOT NULL skip its
 *     scan)
 * @param concurrentIndexes write indexes on existing tables CONCURRENTLY, in a migration outside a transaction
 * @param notValidConstraints add foreign keys and checks to existing tables NOT VALID, then VALIDATE them, in a
 *     migration outside a transaction (each statement then commits on its own)
 * @param notNullBackfill add a column without its default, set the default, backfill existing rows, then SET
 *     NOT NULL, where the single statement would rewrite the table; and backfill before a SET NOT NULL whose
 *     default is known
 */
public record LintOptions(
    int serverVersion, boolean concurrentIndexes, boolean notValidConstraints, boolean notNullBackfill) {

  /** The server version assumed when none is configured: that of the embedded shadow server. */
  public static final int DEFAULT_SERVER_VERSION = 17;

  /** The oldest major version the rules know about. */
  public static final int OLDEST_SERVER_VERSION = 9;

  public LintOptions {
    if (serverVersion < OLDEST_SERVER_VERSION) {
      throw new IllegalArgumentException("PostgreSQL version " + serverVersion + " is too old: give " + OLDEST_SERVER_VERSION
          + " or newer");
    }
  }

  /** The default server version, no safe forms. */
  public static LintOptions defaults() {
    return new LintOptions(DEFAULT_SERVER_VERSION, false, false, false);
  }

  /** True when any safe form is asked for. */
  public boolean anySafeForm() {
    return concurrentIndexes || notValidConstraints || notNullBackfill;
  }

  /** The same options for another server version. */
  public LintOptions withServerVersion(int version) {
    return new LintOptions(version, concurrentIndexes, notValidConstraints, notNullBackfill);
  }
}
