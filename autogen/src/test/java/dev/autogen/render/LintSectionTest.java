package dev.autogen.render;

import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.lint.Finding;
import dev.autogen.lint.LintOptions;
import dev.autogen.lint.Linter;
import dev.autogen.lint.SafeForms;
import dev.autogen.model.Provenance;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.internal.RecordingOperations;
import dev.autogen.runtime.op.Op;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lint findings in the generated file's Javadoc, and the safe forms as the renderer writes them: outside a
 * transaction when asked, and a backfill the downgrade has nothing to undo for.
 */
class LintSectionTest {
  private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 24, 9, 30);

  @Test
  void findingsAreListedUnderLintAfterTheWarnings() {
    List<Op> ops = List.of(new Op.DropColumn(null, "users", "age", column("age", dev.autogen.runtime.schema.Ddl.integer())));
    List<Finding> findings = new Linter(17).lint(ops, true);

    RenderedMigration rendered = new MigrationRenderer().render(request(ops,
        findings.stream().map(Finding::lineWithAlternative).toList(), true));

    assertThat(rendered.source()).contains("""
         * <p>Warnings:
         * <ul>
         *   <li>dropping column users.age deletes its data; the downgrade re-adds the column but not its data</li>
         * </ul>
         *
         * <p>Lint:
         * <ul>
         *   <li>error AG102 drop-column: dropping column users.age deletes its data. Instead: remove the attribute from the code and deploy that first, then drop the column in a later migration accepted with &#64;AcceptLint</li>
         *   <li>warning AG207 lock-timeout: dropping column users.age takes a strong lock with no lock_timeout set before it. Instead: start the upgrade with op.execute("SET LOCAL lock_timeout = '5s'") (SET lock_timeout in a migration with transactional = false) and retry when it times out</li>
         * </ul>
         *
         * <p>PostgreSQL:
        """);
    InMemoryCompiler.instantiate(rendered);
  }

  @Test
  void withoutFindingsThereIsNoLintSection() {
    RenderedMigration rendered = new MigrationRenderer().render(request(
        List.of(new Op.AddColumn(null, "users", column("nickname", uuid()))), List.of(), true));
    assertThat(rendered.source()).doesNotContain("Lint:").doesNotContain("transactional");
  }

  @Test
  void safeFormsRenderOutsideATransactionWithABackfillNothingUndoes() {
    List<Op> diff = List.of(
        new Op.AddColumn(null, "users", column("token", uuid()).notNull().defaultValue("gen_random_uuid()")),
        new Op.AddForeignKey(null, "orders", foreignKey("user_id", "users", "id").named("fk_orders_user"), false));
    SafeForms.Result safe = new SafeForms(new LintOptions(17, false, true, true)).apply(diff);

    RenderedMigration rendered = new MigrationRenderer().render(request(safe.ops(), List.of(), !safe.outsideTransaction()));

    assertThat(rendered.source()).contains("    transactional = false\n").contains("""
          public void upgrade(Operations op) {
            op.addColumn("users", column("token", uuid()));
            op.alterColumn("users", "token", alter().defaultValue(null, "gen_random_uuid()"));
            op.execute("UPDATE \\"users\\" SET \\"token\\" = gen_random_uuid() WHERE \\"token\\" IS NULL");
            op.alterColumn("users", "token", alter().nullable(true, false));
            op.addForeignKeyNotValid("orders", foreignKey("user_id", "users", "id").named("fk_orders_user"));
            op.validateConstraint("orders", "fk_orders_user");
          }

          @Override
          public void downgrade(Operations op) {
            // nothing to undo: validated constraint fk_orders_user of orders
            op.dropConstraint("orders", "fk_orders_user");
            op.alterColumn("users", "token", alter().nullable(false, true));
            // nothing to undo: ran SQL: UPDATE "users" SET "token" = gen_random_uuid() WHERE "tok...
            op.alterColumn("users", "token", alter().defaultValue("gen_random_uuid()", null));
            op.dropColumn("users", "token");
          }
        """);
    assertThat(rendered.warnings()).isEmpty();
    Migration migration = InMemoryCompiler.instantiate(rendered);
    RecordingOperations recording = new RecordingOperations();
    migration.upgrade(recording);
    assertThat(RecordedOps.matches(safe.ops(), recording.ops())).isTrue();
  }

  private static RenderRequest request(List<Op> ops, List<String> lint, boolean transactional) {
    return new RenderRequest("com.example.migrations", "20261124_0930_4f1c", List.of("20261120_1412_a9e2"), List.of(),
        "lint", AT, ops, Provenance.none(), List.of(), Dialects.named("postgresql"), lint, transactional);
  }
}
