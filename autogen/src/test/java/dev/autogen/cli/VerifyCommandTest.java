package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresServer;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code autogen verify}: upgrade, downgrade and upgrade again each migration on a shadow database. */
@PostgresTest
class VerifyCommandTest {

  @TempDir Path dir;

  /** The test server doubles as the shadow server: no second PostgreSQL to start. */
  private static String shadowUrl() {
    return PostgresServer.shared().jdbcUrl("postgres");
  }

  @Test
  void findsTheDowngradeThatForgetsAnIndexAndChecksTheRevisionsAfterIt(TestDatabase db) {
    Project p = new Project(dir, db);
    String users = p.revision("create users",
        "op.createTable(\"users\", column(\"id\", bigint()).notNull(), column(\"email\", varchar(255)),"
            + " primaryKey(\"id\"));",
        "op.dropTable(\"users\");");
    String index = p.revision("index email",
        "op.createIndex(index(\"ix_users_email\", \"users\", \"email\")); op.addColumn(\"users\", column(\"name\", text()));",
        "op.dropColumn(\"users\", \"name\");");
    String after = p.revision("add age",
        "op.addColumn(\"users\", column(\"age\", integer()));",
        "op.dropColumn(\"users\", \"age\");");

    Cli.Result r = p.run("--shadow-url", shadowUrl(), "verify");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).containsSubsequence(
        "Verifying 3 revisions on a shadow database",
        "Reversible      " + users + "  create users",
        "NOT reversible  " + index + "  index email",
        "    after upgrade and downgrade, against the schema before the upgrade:",
        "      added index ix_users_email on users(email)",
        "    upgrading again failed: ",
        "ix_users_email\" already exists",
        "Reversible      " + after + "  add age",
        "1 of 3 revisions did not pass: " + index + ".");
    assertThat(r.out()).doesNotContain("dropped column").doesNotContain("added column");
    // The shadow database is dropped again; the live one is never touched.
    assertThat(db.snapshot().isEmpty()).isTrue();
  }

  @Test
  void aCorrectRangePassesAndAnUnknownRevisionIsAnError(TestDatabase db) {
    Project p = new Project(dir, db);
    String users = p.revision("create users",
        "op.createTable(\"users\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
        "op.dropTable(\"users\");");
    String broken = p.revision("index id",
        "op.createIndex(index(\"ix_users_id\", \"users\", \"id\"));",
        "// the index is forgotten");
    String email = p.revision("add email, unique",
        "op.addColumn(\"users\", column(\"email\", varchar(255))); op.addUniqueConstraint(\"users\","
            + " unique(\"uq_users_email\", java.util.List.of(\"email\")));",
        "op.dropConstraint(\"users\", \"uq_users_email\"); op.dropColumn(\"users\", \"email\");");

    Cli.Result range = p.run("--shadow-url", shadowUrl(), "verify", ":" + users);
    assertThat(range.exitCode()).as(range.toString()).isZero();
    assertThat(range.out()).contains("Verifying 1 revision ", "Reversible      " + users)
        .doesNotContain(broken).contains("Every downgrade restores the schema");

    // The broken revision before it is applied once, unchecked.
    Cli.Result one = p.run("--shadow-url", shadowUrl(), "verify", email);
    assertThat(one.exitCode()).as(one.toString()).isZero();
    assertThat(one.out()).contains("Reversible      " + email).doesNotContain(broken);

    Cli.Result unknown = p.run("--shadow-url", shadowUrl(), "verify", "nosuchrev:");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("error: unknown revision 'nosuchrev'");
  }
}
