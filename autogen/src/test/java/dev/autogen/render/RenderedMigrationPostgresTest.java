package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.internal.JdbcStatementSink;
import dev.autogen.runtime.internal.SqlOperations;
import dev.autogen.runtime.op.Op;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden migrations, compiled and run on PostgreSQL: the upgrade changes the schema, and where every op
 * is reversible the downgrade brings back exactly the schema it started from (a drop's downgrade re-creates
 * the table, its keys and its indexes).
 */
@PostgresTest
class RenderedMigrationPostgresTest {
  private static final Dialect POSTGRES = Dialects.named("postgresql");

  static List<Scenarios.Scenario> scenarios() {
    return Scenarios.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void upgradeThenDowngradeRestoresTheSchema(Scenarios.Scenario scenario, TestDatabase db) throws SQLException {
    Migration migration = InMemoryCompiler.instantiate(new MigrationRenderer().render(scenario.request()));
    try (Connection c = db.connection()) {
      SqlOperations op = new SqlOperations(POSTGRES, null, c, new JdbcStatementSink(c));
      for (Op setup : RecordedOps.splitTableIndexes(scenario.setup())) {
        op.apply(setup);
      }
      String before = snapshot(c);

      migration.upgrade(op);
      String upgraded = snapshot(c);
      if (!scenario.request().upgradeOps().isEmpty()) {
        assertThat(upgraded).isNotEqualTo(before);
      }

      migration.downgrade(op);
      if (scenario.reversible()) {
        assertThat(snapshot(c)).isEqualTo(before);
      } else {
        // What cannot be reversed stays; the downgrade runs and leaves the schema as the upgrade made it.
        assertThat(snapshot(c)).isEqualTo(upgraded);
      }
    }
  }

  private static String snapshot(Connection c) throws SQLException {
    SchemaSnapshot app = SchemaSnapshot.of(c, "app");
    return SchemaSnapshot.of(c, "public") + "\n--- app\n" + app;
  }
}
