package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.internal.JdbcStatementSink;
import dev.autogen.runtime.internal.SqlOperations;
import dev.autogen.runtime.op.IrreversibleOperationException;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.testing.PostgresServer;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Runs a {@link Scenario} on real PostgreSQL: the start schema in the given database, the target in a
 * second one; both read with the same reader and diffed; the ops applied to the start database through
 * the dialect; read and diffed again, which must find nothing; then the downgrade applied, which must give
 * the start schema back (compared with a catalog snapshot, not with the reader).
 */
final class ScenarioRunner {

  /** Reads one schema of a database into the model. */
  @FunctionalInterface
  interface SchemaSource {
    Schema read(Connection connection, String schema) throws Exception;
  }

  private final SchemaSource reader;
  private final SchemaDiffer differ;
  private final Dialect dialect;

  ScenarioRunner(SchemaSource reader, SchemaDiffer differ, Dialect dialect) {
    this.reader = reader;
    this.differ = differ;
    this.dialect = dialect;
  }

  /** Runs the scenario with its start in {@code db}; returns the diff for further checks. */
  Diff run(Scenario scenario, TestDatabase db) throws Exception {
    if (!scenario.startDdl().isBlank()) {
      db.execute(scenario.startDdl());
    }
    try (TestDatabase targetDb = PostgresServer.shared().createDatabase()) {
      scenario.target().create(targetDb);
      SchemaSnapshot start = db.snapshot();
      Schema target = read(targetDb);
      Diff diff = differ.diff(read(db), target);
      assertThat(diff.ops()).as("ops of %s", scenario.name())
          .map(op -> (Object) op.getClass()).containsExactlyElementsOf(scenario.ops());

      apply(db, diff.ops());
      Diff again = differ.diff(read(db), target);
      assertThat(again.ops()).as("diff after the upgrade").isEmpty();
      assertThat(again.isEmpty()).as("no difference left after the upgrade: %s", again.notes()).isTrue();
      if (scenario.sameSnapshot()) {
        assertThat(db.snapshot().lines()).as("upgraded schema").containsExactlyElementsOf(targetDb.snapshot().lines());
      }

      if (!diff.notes(DiffNote.Kind.IRREVERSIBLE).isEmpty()) {
        assertThatThrownBy(diff::downgrade).isInstanceOf(IrreversibleOperationException.class);
        return diff;
      }
      apply(db, diff.downgrade());
      assertThat(db.snapshot().lines()).as("schema after the downgrade").containsExactlyElementsOf(start.lines());
      return diff;
    }
  }

  private Schema read(TestDatabase db) throws Exception {
    try (Connection c = db.connection()) {
      return reader.read(c, "public");
    }
  }

  /** Applies the ops in one transaction, as a migration runs. */
  private void apply(TestDatabase db, List<Op> ops) throws SQLException {
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      SqlOperations operations = new SqlOperations(dialect, null, c, new JdbcStatementSink(c));
      try {
        ops.forEach(operations::apply);
        c.commit();
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }
}
