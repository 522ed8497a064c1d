package dev.autogen.runtime.internal;

import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.integer;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.Operations;
import dev.autogen.runtime.dialect.SqlStatement;
import dev.autogen.runtime.internal.postgres.PostgresDialect;
import dev.autogen.runtime.op.Op;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offline behaviour of {@link SqlOperations} and {@link ScriptStatementSink}; online is in the round trips. */
class SqlOperationsTest {
  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void offline_script_has_every_statement_with_parameters_inlined() {
    StringBuilder script = new StringBuilder();
    Operations op = new SqlOperations(dialect, null, null, new ScriptStatementSink(dialect, script));
    op.createTable("user", column("id", integer()).notNull(), primaryKey("id"));
    op.inSchema("audit").createIndexConcurrently(index("ix_log_at", "log", "at"));
    op.execute("UPDATE \"user\" SET id = ? WHERE id = ?", 2, 1);
    op.bulkInsert("user", List.of("id"), List.of(List.of(10), List.of(11)));
    assertThat(script.toString()).isEqualTo("""
        CREATE TABLE "user" (
          "id" integer NOT NULL,
          PRIMARY KEY ("id")
        );
        CREATE INDEX CONCURRENTLY "ix_log_at" ON "audit"."log" ("at");
        UPDATE "user" SET id = 2 WHERE id = 1;
        INSERT INTO "user" ("id") VALUES (10), (11);
        """);
  }

  @Test
  void in_schema_shares_the_sink_and_keeps_the_dialect() {
    List<SqlStatement> seen = new ArrayList<>();
    Operations op = new SqlOperations(dialect, "a", null, seen::add);
    Operations b = op.inSchema("b");
    b.dropTable("t");
    op.dropTable("t");
    assertThat(b.schema()).isEqualTo("b");
    assertThat(op.schema()).isEqualTo("a");
    assertThat(b.dialect()).isSameAs(dialect);
    assertThat(seen).extracting(SqlStatement::sql).containsExactly("DROP TABLE \"b\".\"t\"", "DROP TABLE \"a\".\"t\"");
  }

  @Test
  void offline_has_no_connection() {
    Operations op = new SqlOperations(dialect, null, null, s -> {});
    assertThatThrownBy(op::connection)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("this migration uses the JDBC connection, which offline (--sql) mode does not have; run it online");
  }

  @Test
  void a_sink_failure_names_the_sql() {
    Operations op = new SqlOperations(dialect, null, null, s -> {
      throw new SQLException("ERROR: relation \"user\" does not exist\n  Position: 13", "42P01");
    });
    assertThatThrownBy(() -> op.apply(new Op.DropTable(null, "user", null)))
        .isInstanceOf(StatementFailedException.class)
        .hasMessage("ERROR: relation \"user\" does not exist; Position: 13 (SQLState 42P01), in: DROP TABLE \"user\"")
        .hasCauseInstanceOf(SQLException.class);
  }
}
