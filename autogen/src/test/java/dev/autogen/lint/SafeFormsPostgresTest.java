package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.Diff;
import dev.autogen.diff.SchemaDiffer;
import dev.autogen.model.Provenance;
import dev.autogen.read.DatabaseSchemaReader;
import dev.autogen.read.ReadOptions;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.render.RenderRequest;
import dev.autogen.render.RenderedMigration;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * Each safe form, generated from a real diff, rendered, compiled from source and run by the engine on
 * PostgreSQL against a table with rows: the upgrade leaves no difference from the target, the data is
 * filled, and the downgrade brings back the schema it started from. The target is built in schema
 * {@code target} of the same database and read back, as the entities' schema would be.
 */
@PostgresTest
class SafeFormsPostgresTest {
  private static final String USERS = """
      CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), nickname varchar(50));
      INSERT INTO users SELECT g, 'u' || g || '@example.com', CASE WHEN g % 2 = 0 THEN 'n' || g END
        FROM generate_series(1, 50) g;
      """;

  @TempDir Path dir;

  @Test
  void concurrentIndexes(TestDatabase db) throws Exception {
    db.execute(USERS);
    target(db, """
        CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), nickname varchar(50));
        CREATE UNIQUE INDEX ix_users_email ON users (email);
        """);

    String source = roundTrip(db, new LintOptions(17, true, false, false), EnumSet.of(Rule.INDEX_NOT_CONCURRENT));

    assertThat(source).contains("    transactional = false\n").contains("op.createIndexConcurrently(");
  }

  @Test
  void notValidConstraints(TestDatabase db) throws Exception {
    db.execute(USERS + """
        CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, amount integer);
        CREATE INDEX ix_orders_user ON orders (user_id);
        INSERT INTO orders SELECT g, g, g FROM generate_series(1, 50) g;
        """);
    target(db, """
        CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), nickname varchar(50));
        CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint CONSTRAINT fk_orders_user REFERENCES users (id),
          amount integer CONSTRAINT amount_positive CHECK (amount > 0));
        CREATE INDEX ix_orders_user ON orders (user_id);
        """);

    String source = roundTrip(db, new LintOptions(17, false, true, false), EnumSet.of(Rule.CONSTRAINT_NOT_VALID,
        Rule.VALIDATE_IN_TRANSACTION));

    assertThat(source).contains("    transactional = false\n").contains("op.addForeignKeyNotValid(")
        .contains("op.validateConstraint(\"orders\", \"fk_orders_user\")")
        .contains("op.validateConstraint(\"orders\", \"amount_positive\")");
  }

  @Test
  void notNullBackfill(TestDatabase db) throws Exception {
    db.execute(USERS);
    target(db, """
        CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), nickname varchar(50) NOT NULL DEFAULT 'anon',
          token uuid NOT NULL DEFAULT gen_random_uuid());
        """);
    List<Rule> unsafe = lint(db, new LintOptions(17, false, false, false));
    assertThat(unsafe).contains(Rule.VOLATILE_DEFAULT, Rule.SET_NOT_NULL);

    String source = roundTrip(db, new LintOptions(17, false, false, true), EnumSet.of(Rule.VOLATILE_DEFAULT,
        Rule.SET_NOT_NULL));

    assertThat(source).doesNotContain("    transactional = false\n")
        .contains("op.execute(\"UPDATE \\\"users\\\" SET \\\"token\\\" = gen_random_uuid() WHERE \\\"token\\\" IS NULL\");");
  }

  // ---- the round trip -------------------------------------------------------------------------------

  private static void target(TestDatabase db, String ddl) {
    db.execute("CREATE SCHEMA target; SET search_path TO target; " + ddl);
  }

  private static Diff diff(TestDatabase db) throws SQLException {
    try (Connection c = db.connection()) {
      return new SchemaDiffer().diff(read(c, "public"), read(c, "target"));
    }
  }

  private static List<Rule> lint(TestDatabase db, LintOptions options) throws SQLException {
    Diff diff = diff(db);
    SafeForms.Result safe = new SafeForms(options).apply(diff.ops());
    return new Linter(options.serverVersion()).lint(safe.ops(), diff.notes(), !safe.outsideTransaction()).stream()
        .map(Finding::rule).toList();
  }

  /**
   * Renders the safe forms of the diff, runs the file's upgrade and checks the result against the target and
   * the data, then its downgrade; returns the source. None of {@code silenced} may fire on the safe forms.
   */
  private String roundTrip(TestDatabase db, LintOptions options, Set<Rule> silenced) throws Exception {
    Diff diff = diff(db);
    assertThat(diff.ops()).isNotEmpty();
    SafeForms.Result safe = new SafeForms(options).apply(diff.ops());
    List<Finding> findings = new Linter(17).lint(safe.ops(), diff.notes(), !safe.outsideTransaction());
    assertThat(findings).extracting(Finding::rule).doesNotContainAnyElementsOf(silenced);

    RenderedMigration rendered = new MigrationRenderer().render(new RenderRequest("", "20261124_0930_4f1c", List.of(),
        List.of(), "safe forms", LocalDateTime.of(2026, 11, 24, 9, 30), safe.ops(), Provenance.none(), List.of(),
        Dialects.named("postgresql"), findings.stream().map(Finding::lineWithAlternative).toList(),
        !safe.outsideTransaction()));
    write(rendered);
    String before = db.snapshot().toString();
    Autogen engine = Autogen.configure().url(db.url(), db.user(), db.password()).sources(dir).build();

    engine.upgrade("head");
    try (Connection c = db.connection()) {
      Diff rest = new SchemaDiffer().diff(read(c, "public"), read(c, "target"));
      assertThat(rest.isEmpty()).as("no difference left: %s", rest).isTrue();
      assertThat(count(c, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")).as("invalid indexes").isZero();
      assertThat(count(c, "SELECT count(*) FROM pg_constraint WHERE NOT convalidated")).as("unvalidated").isZero();
      if (rendered.source().contains("\"token\"")) {
        assertThat(count(c, "SELECT count(DISTINCT token) FROM users")).isEqualTo(50);
        assertThat(count(c, "SELECT count(*) FROM users WHERE nickname = 'anon'")).isEqualTo(25);
      }
    }

    engine.downgrade("base");
    db.execute("DROP TABLE autogen_version, autogen_history");
    assertThat(db.snapshot().toString()).isEqualTo(before);
    return rendered.source();
  }

  private void write(RenderedMigration rendered) throws IOException {
    Files.writeString(dir.resolve(rendered.fileName()), rendered.source());
  }

  private static Schema read(Connection c, String schema) {
    return new DatabaseSchemaReader(ReadOptions.forSchema(schema)).read(c);
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
