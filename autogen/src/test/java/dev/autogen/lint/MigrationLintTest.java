package dev.autogen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.AcceptLint;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.RevisionInfo;
import org.junit.jupiter.api.Test;

/** A migration's upgrade recorded and linted; its {@code @AcceptLint} annotations accept findings only with a reason. */
class MigrationLintTest {
  private final Linter linter = new Linter(17);

  @Revision(id = "a1")
  static final class DropAge implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.execute("SET LOCAL lock_timeout = '5s'");
      op.dropColumn("users", "age");
    }

    @Override
    public void downgrade(Operations op) {}
  }

  @AcceptLint(rule = "drop-column", reason = "column unused since v2.3")
  @Revision(id = "a2")
  static final class DropAgeAccepted extends Base {}

  @AcceptLint(rule = "AG102", reason = "  ")
  @Revision(id = "a3")
  static final class DropAgeWithoutReason extends Base {}

  @AcceptLint(rule = "drop-colum", reason = "typo")
  @AcceptLint(rule = "rename-table", reason = "nothing renamed")
  @Revision(id = "a4")
  static final class DropAgeBadAcceptances extends Base {}

  @Revision(id = "a5")
  static final class JavaDataMigration implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.execute("SET LOCAL lock_timeout = '5s'");
      op.addColumn("users", dev.autogen.runtime.schema.Ddl.column("role", dev.autogen.runtime.schema.Ddl.text()));
      op.connection();
    }

    @Override
    public void downgrade(Operations op) {}
  }

  /** The upgrade of {@link DropAge}, for the annotated variants. */
  abstract static class Base implements Migration {
    @Override
    public void upgrade(Operations op) {
      new DropAge().upgrade(op);
    }

    @Override
    public void downgrade(Operations op) {}
  }

  @Test
  void anUnacceptedErrorFails() {
    MigrationLint lint = lint(new DropAge());
    assertThat(lint.open()).extracting(Finding::rule).containsExactly(Rule.DROP_COLUMN);
    assertThat(lint.failing()).isTrue();
  }

  @Test
  void anAcceptanceWithAReasonAcceptsTheRulesFindings() {
    MigrationLint lint = lint(new DropAgeAccepted());
    assertThat(lint.open()).isEmpty();
    assertThat(lint.accepted()).singleElement().satisfies(a -> {
      assertThat(a.finding().rule()).isEqualTo(Rule.DROP_COLUMN);
      assertThat(a.reason()).isEqualTo("column unused since v2.3");
    });
    assertThat(lint.failing()).isFalse();
  }

  @Test
  void anAcceptanceWithoutAReasonIsAnErrorAndAcceptsNothing() {
    MigrationLint lint = lint(new DropAgeWithoutReason());
    assertThat(lint.open()).extracting(Finding::rule).containsExactly(Rule.BAD_ACCEPTANCE, Rule.DROP_COLUMN);
    assertThat(lint.open().get(0).message())
        .isEqualTo("@AcceptLint(rule = \"AG102\") gives no reason, so it accepts nothing; say why the finding is acceptable");
    assertThat(lint.accepted()).isEmpty();
    assertThat(lint.failing()).isTrue();
  }

  @Test
  void unknownAndUnusedAcceptancesAreReported() {
    MigrationLint lint = lint(new DropAgeBadAcceptances());
    assertThat(lint.open()).extracting(Finding::line).containsExactly(
        "error AG001 bad-acceptance: @AcceptLint(rule = \"drop-colum\") names no rule; did you mean drop-column?",
        "info AG002 unused-acceptance: @AcceptLint(rule = \"rename-table\") accepts nothing: the rule finds nothing in"
            + " this migration",
        "error AG102 drop-column: dropping column users.age deletes its data");
  }

  @Test
  void aJavaDataMigrationIsLintedUpToItsUseOfTheConnection() {
    MigrationLint lint = lint(new JavaDataMigration());
    assertThat(lint.open()).extracting(Finding::line).containsExactly(
        "info AG003 unread-sql: the upgrade uses the JDBC connection; what it does from there is not linted");
    assertThat(lint.open().get(0).step()).isEqualTo(3);
  }

  private MigrationLint lint(Migration migration) {
    return MigrationLint.of(RevisionInfo.of(migration.getClass()), migration, linter);
  }
}
