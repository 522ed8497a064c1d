package dev.autogen.diff;

import dev.autogen.runtime.op.Op;
import dev.autogen.testing.TestDatabase;
import java.util.List;

/**
 * One round-trip scenario: the schema a database starts with (DDL), how the target schema comes to be in a
 * second database, and the kinds of op the diff must consist of, in order (none: the two must not differ).
 *
 * <p>The target is anything that builds a schema in an empty database, so entity-based scenarios can give
 * Hibernate's DDL for their entities instead of hand-written DDL.
 *
 * @param sameSnapshot whether, after the upgrade, the database must equal the target exactly; false where
 *     the diff rightly leaves a difference it does not count (a constraint under another name, a
 *     default spelled otherwise)
 */
record Scenario(String name, String startDdl, Target target, List<Class<? extends Op>> ops, boolean sameSnapshot) {

  /** Builds the target schema in an empty database. */
  @FunctionalInterface
  interface Target {
    void create(TestDatabase db) throws Exception;
  }

  /** A scenario from two DDL scripts. */
  @SafeVarargs
  static Scenario ddl(String name, String startDdl, String targetDdl, Class<? extends Op>... ops) {
    return new Scenario(name, startDdl, db -> execute(db, targetDdl), List.of(ops), true);
  }

  /**
   * The same scenario, where the upgraded database need only be equivalent to the target: a constraint kept
   * under another name, a default spelled otherwise.
   */
  Scenario equivalent() {
    return new Scenario(name, startDdl, target, ops, false);
  }

  private static void execute(TestDatabase db, String sql) {
    if (!sql.isBlank()) {
      db.execute(sql);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
