package dev.autogen.lint;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The lint rules. Each has an id ({@code AG102}) and a name ({@code drop-column}), either of which
 * {@code @AcceptLint} accepts, a {@link Level}, what it is about and the safe alternative.
 *
 * <p>Ids by hundreds: {@code AG0xx} the linter's own findings (acceptances, SQL it cannot read),
 * {@code AG1xx} data loss, {@code AG2xx} locks, table rewrites and statements that fail on existing rows,
 * {@code AG3xx} changes that break the application code still running, {@code AG4xx} schema design.
 */
public enum Rule {
  BAD_ACCEPTANCE("AG001", "bad-acceptance", Level.ERROR,
      "an @AcceptLint names no known rule, or gives no reason",
      "name the rule by its id or name and say in reason why its findings are acceptable"),
  UNUSED_ACCEPTANCE("AG002", "unused-acceptance", Level.INFO,
      "an @AcceptLint accepts a rule that finds nothing in the migration",
      "remove the annotation"),
  UNREAD_SQL("AG003", "unread-sql", Level.INFO,
      "a DDL statement in execute(...) that the linter cannot read, or an upgrade that works through the JDBC"
          + " connection: no rule checked what it does",
      "review the statement by hand, or write it with the op API"),

  DROP_TABLE("AG101", "drop-table", Level.ERROR,
      "dropping a table deletes its rows; the downgrade brings back the table, not the data",
      "stop using the table in the code and deploy that first, keep a backup (pg_dump -t TABLE), then drop it"
          + " in a later migration accepted with @AcceptLint"),
  DROP_COLUMN("AG102", "drop-column", Level.ERROR,
      "dropping a column deletes its data, and running code that still reads it fails",
      "remove the attribute from the code and deploy that first, then drop the column in a later migration"
          + " accepted with @AcceptLint"),
  NARROW_TYPE("AG103", "narrow-type", Level.ERROR,
      "a type change that not every existing value fits: the statement fails, or values are rounded",
      "add a column of the new type, copy and check the values, switch the code over, then drop the old column"),
  ENUM_VALUES("AG104", "enum-values", Level.ERROR,
      "removing, renaming or reordering the values of an enum type: rows and code that use them break",
      "only add values; to retire one, stop writing it, migrate the rows to another value, and leave the label"),

  TABLE_REWRITE("AG201", "table-rewrite", Level.WARNING,
      "a column type change that makes PostgreSQL rewrite the table and its indexes under an ACCESS EXCLUSIVE"
          + " lock, blocking reads and writes meanwhile",
      "add a column of the new type, backfill it in batches, switch the code over, then drop the old column"),
  VOLATILE_DEFAULT("AG202", "volatile-default", Level.WARNING,
      "a column added to an existing table with a volatile default (random(), gen_random_uuid(),"
          + " clock_timestamp(), nextval(), an identity) rewrites the table under an ACCESS EXCLUSIVE lock;"
          + " before PostgreSQL 11 any default does",
      "add the column without the default, set the default, backfill existing rows with an UPDATE"
          + " (safe.not-null-backfill=true writes this)"),
  SET_NOT_NULL("AG203", "set-not-null", Level.WARNING,
      "SET NOT NULL on an existing column, or a NOT NULL column without a default added to an existing table,"
          + " fails when a row holds NULL (a default does not fill existing rows) and scans the table under an"
          + " ACCESS EXCLUSIVE lock",
      "backfill first (an UPDATE before the SET NOT NULL; safe.not-null-backfill=true writes it when the column"
          + " has a default); on PostgreSQL 12+ a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip the scan"),
  INDEX_NOT_CONCURRENT("AG204", "index-not-concurrent", Level.WARNING,
      "CREATE INDEX without CONCURRENTLY on an existing table blocks writes to it until the index is built",
      "create it CONCURRENTLY in a migration with transactional = false (safe.concurrent-indexes=true writes"
          + " this)"),
  CONSTRAINT_NOT_VALID("AG205", "constraint-not-valid", Level.WARNING,
      "adding a foreign key or check constraint to an existing table checks every row while holding a lock"
          + " that blocks writes",
      "add it NOT VALID, then VALIDATE CONSTRAINT in its own transaction (safe.not-valid-constraints=true"
          + " writes this)"),
  UNIQUE_CONSTRAINT("AG206", "unique-constraint", Level.WARNING,
      "adding a unique constraint to an existing table builds its index under a lock that blocks writes, and"
          + " fails on duplicates",
      "CREATE UNIQUE INDEX CONCURRENTLY, then ALTER TABLE ... ADD CONSTRAINT ... UNIQUE USING INDEX"),
  LOCK_TIMEOUT("AG207", "lock-timeout", Level.WARNING,
      "DDL that takes a strong lock on an existing table without a lock_timeout: while it waits behind a long"
          + " transaction every query on the table queues behind it",
      "start the upgrade with op.execute(\"SET LOCAL lock_timeout = '5s'\") (SET lock_timeout in a migration"
          + " with transactional = false) and retry when it times out"),
  VALIDATE_IN_TRANSACTION("AG208", "validate-in-transaction", Level.INFO,
      "VALIDATE CONSTRAINT in the same transaction as the NOT VALID add keeps the add's lock during the scan,"
          + " so NOT VALID gains nothing",
      "validate in a later migration, or mark this one transactional = false"),
  CONCURRENTLY_IN_TRANSACTION("AG209", "concurrently-in-transaction", Level.ERROR,
      "CREATE or DROP INDEX CONCURRENTLY cannot run inside a transaction: the migration fails",
      "declare the migration @Revision(..., transactional = false) and keep it to the index"),

  RENAME_TABLE("AG301", "rename-table", Level.ERROR,
      "renaming a table breaks the application code still running, which reads it under the old name",
      "create the new table (or a view under the old name), deploy code that uses the new name, then rename or"
          + " drop in a later migration accepted with @AcceptLint"),
  RENAME_COLUMN("AG302", "rename-column", Level.ERROR,
      "renaming a column breaks the application code still running, which reads it under the old name",
      "add the new column, write both and backfill, switch reads over, then drop the old column"),
  PRIMARY_KEY_CHANGE("AG303", "primary-key-change", Level.ERROR,
      "changing a table's primary key builds a unique index under an ACCESS EXCLUSIVE lock, fails on"
          + " duplicates or NULLs, and breaks foreign keys and code that identify rows by the old key",
      "build the new unique index CONCURRENTLY, attach it with ADD CONSTRAINT ... PRIMARY KEY USING INDEX,"
          + " and move referencing foreign keys first"),

  FOREIGN_KEY_WITHOUT_INDEX("AG401", "foreign-key-without-index", Level.WARNING,
      "a new foreign key column without an index: deletes and key updates on the referenced table scan this"
          + " one, and joins on it are slow",
      "create an index whose leading columns are the foreign key's columns (@Index in @Table(indexes = ...))"),
  INTEGER_PRIMARY_KEY("AG402", "integer-primary-key", Level.WARNING,
      "an integer primary key runs out after 2^31 rows, and widening it later rewrites the table and every"
          + " referencing one",
      "use bigint (Long in the entity)"),
  TIMESTAMP_WITHOUT_TIME_ZONE("AG403", "timestamp-without-time-zone", Level.INFO,
      "timestamp without time zone stores wall-clock time: the same instant reads differently across zones"
          + " and daylight saving changes",
      "use timestamp with time zone (Instant or OffsetDateTime in the entity)");

  private final String id;
  private final String ruleName;
  private final Level level;
  private final String explanation;
  private final String alternative;

  Rule(String id, String ruleName, Level level, String explanation, String alternative) {
    this.id = id;
    this.ruleName = ruleName;
    this.level = level;
    this.explanation = explanation;
    this.alternative = alternative;
  }

  /** {@code AG102}. */
  public String id() {
    return id;
  }

  /** {@code drop-column}. */
  public String ruleName() {
    return ruleName;
  }

  public Level level() {
    return level;
  }

  /** What the rule is about and why it matters. */
  public String explanation() {
    return explanation;
  }

  /** The safe alternative. */
  public String alternative() {
    return alternative;
  }

  /** False for the linter's own rules about acceptances, which cannot themselves be accepted. */
  public boolean acceptable() {
    return this != BAD_ACCEPTANCE && this != UNUSED_ACCEPTANCE;
  }

  /** The rule with this id or name (case-insensitive), if any. */
  public static Optional<Rule> find(String idOrName) {
    if (idOrName == null) {
      return Optional.empty();
    }
    String probe = idOrName.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> r.id.toLowerCase(Locale.ROOT).equals(probe) || r.ruleName.equals(probe))
        .findFirst();
  }
}
