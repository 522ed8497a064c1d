package dev.autogen.lint;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.check;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.enumType;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.integer;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.timestamp;
import static dev.autogen.runtime.schema.Ddl.timestamptz;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.uuid;
import static dev.autogen.runtime.schema.Ddl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.Diff;
import dev.autogen.diff.SchemaDiffer;
import dev.autogen.runtime.op.ColumnChanges;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.TableElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule fires on its unsafe form and stays silent on the safe one; where a rule reads SQL, the same
 * change written in {@code execute(...)} fires it too. {@code users} and {@code orders} are existing tables
 * throughout; tables the migration creates are new.
 */
class LinterTest {

  /** One rule's case: the ops that must fire it and the ops that must not, on a server version. */
  record Case(String name, Rule rule, int version, boolean transactional, List<Op> unsafe, List<Op> safe) {
    @Override
    public String toString() {
      return rule.id() + " " + rule.ruleName() + ": " + name;
    }
  }

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    c.add(new Case("drop an existing table", Rule.DROP_TABLE, 17, true,
        List.of(new Op.DropTable(null, "users", null)),
        List.of(create("scratch", column("id", bigint())), new Op.DropTable(null, "scratch", null))));
    c.add(new Case("DROP TABLE in SQL", Rule.DROP_TABLE, 17, true,
        List.of(sql("DROP TABLE IF EXISTS public.users CASCADE")),
        List.of(sql("CREATE TABLE scratch (id bigint)"), sql("drop table scratch"))));
    c.add(new Case("drop a column", Rule.DROP_COLUMN, 17, true,
        List.of(new Op.DropColumn(null, "users", "age", null)),
        List.of(new Op.AddColumn(null, "users", column("age", integer())), new Op.DropColumn(null, "users", "age", null))));
    c.add(new Case("DROP COLUMN in SQL", Rule.DROP_COLUMN, 17, true,
        List.of(sql("ALTER TABLE \"users\" DROP COLUMN IF EXISTS \"age\"")),
        List.of(sql("ALTER TABLE users ADD COLUMN age int"), sql("ALTER TABLE users DROP age"))));
    c.add(new Case("narrow a varchar", Rule.NARROW_TYPE, 17, true,
        List.of(alter("users", "email", ColumnChanges.alter().type(varchar(255), varchar(100)))),
        List.of(alter("users", "email", ColumnChanges.alter().type(varchar(100), varchar(255))))));
    c.add(new Case("bigint to integer", Rule.NARROW_TYPE, 17, true,
        List.of(alter("users", "visits", ColumnChanges.alter().type(bigint(), integer()))),
        List.of(alter("users", "visits", ColumnChanges.alter().type(integer(), bigint())))));
    c.add(new Case("enum type re-created", Rule.ENUM_VALUES, 17, true,
        List.of(new Op.DropEnumType(null, "status", null), new Op.CreateEnumType(null, enumType("status", "a", "c"))),
        List.of(new Op.AddEnumValue(null, "status", "d", null, null))));
    c.add(new Case("enum value renamed in SQL", Rule.ENUM_VALUES, 17, true,
        List.of(sql("ALTER TYPE status RENAME VALUE 'a' TO 'b'")),
        List.of(sql("ALTER TYPE status ADD VALUE IF NOT EXISTS 'b' AFTER 'a'"))));
    c.add(new Case("integer to bigint", Rule.TABLE_REWRITE, 17, true,
        List.of(alter("users", "visits", ColumnChanges.alter().type(integer(), bigint()))),
        List.of(alter("users", "email", ColumnChanges.alter().type(varchar(100), varchar(255))))));
    c.add(new Case("ALTER COLUMN TYPE in SQL", Rule.TABLE_REWRITE, 17, true,
        List.of(sql("ALTER TABLE users ALTER COLUMN visits SET DATA TYPE bigint USING visits::bigint")),
        List.of(sql("ALTER TABLE users ALTER COLUMN visits SET DEFAULT 0"))));
    c.add(new Case("volatile default", Rule.VOLATILE_DEFAULT, 17, true,
        List.of(new Op.AddColumn(null, "users", column("token", uuid()).notNull().defaultValue("gen_random_uuid()"))),
        List.of(new Op.AddColumn(null, "users", column("role", varchar(20)).notNull().defaultValue("'member'::character varying")),
            new Op.AddColumn(null, "users", column("seen", timestamptz()).defaultValue("now()")))));
    c.add(new Case("any default before PostgreSQL 11", Rule.VOLATILE_DEFAULT, 10, true,
        List.of(new Op.AddColumn(null, "users", column("role", varchar(20)).notNull().defaultValue("'member'"))),
        List.of(new Op.AddColumn(null, "users", column("role", varchar(20))))));
    c.add(new Case("identity column added", Rule.VOLATILE_DEFAULT, 17, true,
        List.of(new Op.AddColumn(null, "users", column("number", bigint()).generatedByDefaultAsIdentity())),
        List.of(create("tickets", column("number", bigint()).generatedByDefaultAsIdentity()))));
    c.add(new Case("ADD COLUMN DEFAULT random() in SQL", Rule.VOLATILE_DEFAULT, 17, true,
        List.of(sql("ALTER TABLE users ADD COLUMN score double precision NOT NULL DEFAULT random()")),
        List.of(sql("ALTER TABLE users ADD COLUMN score double precision NOT NULL DEFAULT 0.5"))));
    c.add(new Case("SET NOT NULL without a backfill", Rule.SET_NOT_NULL, 17, true,
        List.of(alter("users", "email", ColumnChanges.alter().nullable(true, false).defaultValue(null, "''"))),
        List.of(sql("UPDATE users SET email = '' WHERE email IS NULL"),
            alter("users", "email", ColumnChanges.alter().nullable(true, false)))));
    c.add(new Case("SET NOT NULL after a validated check (12+)", Rule.SET_NOT_NULL, 12, true,
        List.of(alter("users", "email", ColumnChanges.alter().setNotNull())),
        List.of(new Op.AddCheckConstraint(null, "users", check("email_not_null", "email IS NOT NULL"), true),
            new Op.ValidateConstraint(null, "users", "email_not_null"),
            alter("users", "email", ColumnChanges.alter().setNotNull()))));
    c.add(new Case("NOT NULL column without a default", Rule.SET_NOT_NULL, 17, true,
        List.of(new Op.AddColumn(null, "users", column("role", varchar(20)).notNull())),
        List.of(new Op.AddColumn(null, "users", column("role", varchar(20)).notNull().defaultValue("'member'")))));
    c.add(new Case("SET NOT NULL in SQL", Rule.SET_NOT_NULL, 17, true,
        List.of(sql("ALTER TABLE users ALTER COLUMN email SET NOT NULL")),
        List.of(sql("UPDATE ONLY users u SET email = lower(name), name = name WHERE email IS NULL;"
            + " ALTER TABLE users ALTER email SET NOT NULL"))));
    c.add(new Case("index on an existing table", Rule.INDEX_NOT_CONCURRENT, 17, true,
        List.of(new Op.CreateIndex(null, index("ix_users_email", "users", "email"), false)),
        List.of(create("tickets", column("id", bigint())),
            new Op.CreateIndex(null, index("ix_tickets_id", "tickets", "id"), false))));
    c.add(new Case("concurrently outside a transaction", Rule.INDEX_NOT_CONCURRENT, 17, false,
        List.of(sql("CREATE UNIQUE INDEX ix_users_email ON public.users USING btree (lower(email))")),
        List.of(sql("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_users_email ON users (email)"))));
    c.add(new Case("foreign key without NOT VALID", Rule.CONSTRAINT_NOT_VALID, 17, true,
        List.of(new Op.AddForeignKey(null, "orders", foreignKey("user_id", "users", "id").named("fk_orders_user"), false)),
        List.of(new Op.AddForeignKey(null, "orders", foreignKey("user_id", "users", "id").named("fk_orders_user"), true))));
    c.add(new Case("check in SQL", Rule.CONSTRAINT_NOT_VALID, 17, true,
        List.of(sql("ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0)")),
        List.of(sql("ALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID"))));
    c.add(new Case("unique constraint on an existing table", Rule.UNIQUE_CONSTRAINT, 17, true,
        List.of(new Op.AddUniqueConstraint(null, "users", unique("email").named("users_email_key"))),
        List.of(sql("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX ix_users_email"))));
    c.add(new Case("strong lock without lock_timeout", Rule.LOCK_TIMEOUT, 17, true,
        List.of(new Op.AddColumn(null, "users", column("nickname", text()))),
        List.of(sql("SET LOCAL lock_timeout = '5s'"), new Op.AddColumn(null, "users", column("nickname", text())))));
    c.add(new Case("SET LOCAL outside a transaction", Rule.LOCK_TIMEOUT, 17, false,
        List.of(sql("SET LOCAL lock_timeout = '5s'"), new Op.AddColumn(null, "users", column("nickname", text()))),
        List.of(sql("SELECT set_config('lock_timeout', '5s', false)"),
            new Op.AddColumn(null, "users", column("nickname", text())))));
    c.add(new Case("foreign key of a new table onto an existing one", Rule.LOCK_TIMEOUT, 17, true,
        List.of(create("tickets", column("id", bigint()), column("user_id", bigint())),
            new Op.AddForeignKey(null, "tickets", foreignKey("user_id", "users", "id").named("fk"), false)),
        List.of(create("tickets", column("id", bigint())), create("notes", column("ticket_id", bigint())),
            new Op.AddForeignKey(null, "notes", foreignKey("ticket_id", "tickets", "id").named("fk"), false))));
    c.add(new Case("validate in the adding transaction", Rule.VALIDATE_IN_TRANSACTION, 17, true,
        List.of(new Op.AddForeignKey(null, "orders", foreignKey("user_id", "users", "id").named("fk_orders_user"), true),
            new Op.ValidateConstraint(null, "orders", "fk_orders_user")),
        List.of(new Op.ValidateConstraint(null, "orders", "fk_orders_user"))));
    c.add(new Case("concurrently inside a transaction", Rule.CONCURRENTLY_IN_TRANSACTION, 17, true,
        List.of(new Op.CreateIndex(null, index("ix_users_email", "users", "email"), true)),
        List.of(new Op.CreateIndex(null, index("ix_users_email", "users", "email"), false))));
    c.add(new Case("rename a table", Rule.RENAME_TABLE, 17, true,
        List.of(sql("ALTER TABLE IF EXISTS users RENAME TO people")),
        List.of(create("draft", column("id", bigint())), new Op.RenameTable(null, "draft", "people"))));
    c.add(new Case("rename a column", Rule.RENAME_COLUMN, 17, true,
        List.of(new Op.RenameColumn(null, "users", "name", "full_name")),
        List.of(sql("ALTER TABLE users ADD COLUMN nick text; ALTER TABLE users RENAME COLUMN nick TO nickname"))));
    c.add(new Case("primary key changed", Rule.PRIMARY_KEY_CHANGE, 17, true,
        List.of(new Op.DropConstraint(null, "users", "users_pkey", null),
            new Op.AddPrimaryKey(null, "users", primaryKey("id", "tenant_id").named("users_pkey"))),
        List.of(create("tickets", column("id", bigint()), primaryKey("id")))));
    c.add(new Case("primary key added in SQL", Rule.PRIMARY_KEY_CHANGE, 17, true,
        List.of(sql("ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx")),
        List.of(sql("CREATE TABLE tickets (id bigint PRIMARY KEY)"))));
    c.add(new Case("new foreign key column without an index", Rule.FOREIGN_KEY_WITHOUT_INDEX, 17, true,
        List.of(new Op.AddColumn(null, "orders", column("coupon_id", bigint())),
            new Op.AddForeignKey(null, "orders", foreignKey("coupon_id", "coupons", "id").named("fk_coupon"), false)),
        List.of(new Op.AddColumn(null, "orders", column("coupon_id", bigint())),
            new Op.AddForeignKey(null, "orders", foreignKey("coupon_id", "coupons", "id").named("fk_coupon"), false),
            new Op.CreateIndex(null, index("ix_orders_coupon", "orders", "coupon_id", "id"), true))));
    c.add(new Case("inline REFERENCES in SQL", Rule.FOREIGN_KEY_WITHOUT_INDEX, 17, true,
        List.of(sql("CREATE TABLE notes (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id)"
            + " ON DELETE SET NULL, body text)")),
        List.of(sql("CREATE TABLE notes (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id)"
            + " ON DELETE SET NULL, body text); CREATE INDEX ix_notes_user ON notes (user_id)"))));
    c.add(new Case("integer primary key", Rule.INTEGER_PRIMARY_KEY, 17, true,
        List.of(create("tickets", column("id", integer()).notNull(), primaryKey("id"))),
        List.of(create("tickets", column("id", bigint()).notNull(), primaryKey("id")),
            create("user_roles", column("user_id", integer()), column("role_id", integer()), primaryKey("user_id", "role_id")))));
    c.add(new Case("serial primary key in SQL", Rule.INTEGER_PRIMARY_KEY, 17, true,
        List.of(sql("CREATE TABLE tickets (id serial PRIMARY KEY, title text)")),
        List.of(sql("CREATE TABLE tickets (id bigint GENERATED ALWAYS AS IDENTITY, title text, PRIMARY KEY (id))"))));
    c.add(new Case("timestamp without time zone", Rule.TIMESTAMP_WITHOUT_TIME_ZONE, 17, true,
        List.of(new Op.AddColumn(null, "users", column("seen_at", timestamp(6)))),
        List.of(new Op.AddColumn(null, "users", column("seen_at", timestamptz(6))))));
    c.add(new Case("timestamp in SQL", Rule.TIMESTAMP_WITHOUT_TIME_ZONE, 17, true,
        List.of(sql("ALTER TABLE users ADD COLUMN seen_at TIMESTAMP")),
        List.of(sql("ALTER TABLE users ADD COLUMN seen_at timestamptz"))));
    c.add(new Case("DDL the reader does not know", Rule.UNREAD_SQL, 17, true,
        List.of(sql("ALTER TABLE users SET LOGGED")),
        List.of(sql("CREATE EXTENSION IF NOT EXISTS pgcrypto; COMMENT ON TABLE users IS 'people'; INSERT INTO t VALUES (1)"))));
    return c;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void firesOnTheUnsafeFormOnly(Case c) {
    Linter linter = new Linter(c.version());
    assertThat(rules(linter.lint(c.unsafe(), c.transactional()))).as("unsafe form").contains(c.rule());
    assertThat(rules(linter.lint(c.safe(), c.transactional()))).as("safe form").doesNotContain(c.rule());
  }

  @Test
  void everyRuleAboutOpsHasACase() {
    Set<Rule> covered = cases().stream().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
    Set<Rule> expected = EnumSet.allOf(Rule.class);
    expected.removeAll(List.of(Rule.BAD_ACCEPTANCE, Rule.UNUSED_ACCEPTANCE)); // MigrationLintTest
    assertThat(covered).isEqualTo(expected);
  }

  @Test
  void enumValuesRemovedOrReorderedByTheDifferAreErrors() {
    Table t = Table.of("tickets", List.of(column("id", bigint())));
    Schema current = new Schema("public", List.of(t), List.of(), List.of(new EnumType("status", List.of("a", "b", "c"))));
    Schema target = new Schema("public", List.of(t), List.of(), List.of(new EnumType("status", List.of("c", "a"))));
    Diff diff = new SchemaDiffer().diff(current, target);

    List<Finding> findings = new Linter(17).lint(diff.ops(), diff.notes(), true);

    assertThat(findings).extracting(Finding::rule).containsOnly(Rule.ENUM_VALUES).hasSize(2);
    assertThat(findings).extracting(Finding::subject).containsOnly("status");
  }

  @Test
  void findingsNameTheirSubjectAndStepAndReadAsOneLine() {
    List<Finding> findings = new Linter(17).lint(List.of(
        sql("SET LOCAL lock_timeout = '2s'"),
        new Op.DropColumn(null, "users", "age", null)), true);

    assertThat(findings).containsExactly(
        new Finding(Rule.DROP_COLUMN, 2, "users.age", "dropping column users.age deletes its data"));
    assertThat(findings.get(0).line()).isEqualTo("error AG102 drop-column: dropping column users.age deletes its data");
    assertThat(findings.get(0).lineWithAlternative()).startsWith(findings.get(0).line() + ". Instead: remove the attribute");
  }

  @Test
  void lockTimeoutIsReportedOncePerMigrationAtTheFirstStrongLock() {
    List<Finding> findings = new Linter(17).lint(List.of(
        create("tickets", column("id", bigint()), primaryKey("id")),
        new Op.AddColumn(null, "users", column("a", text())),
        new Op.AddColumn(null, "users", column("b", text()))), true);

    assertThat(findings).filteredOn(f -> f.rule() == Rule.LOCK_TIMEOUT).singleElement()
        .satisfies(f -> assertThat(f.step()).isEqualTo(2))
        .satisfies(f -> assertThat(f.message()).isEqualTo(
            "adding column users.a takes a strong lock with no lock_timeout set before it"));
  }

  @Test
  void typeChangesOfUnknownOriginWarnOfARewriteButNotOfNarrowing() {
    List<Finding> findings = new Linter(17).lint(List.of(alter("users", "age", ColumnChanges.alter().type(integer()))), true);
    assertThat(rules(findings)).contains(Rule.TABLE_REWRITE).doesNotContain(Rule.NARROW_TYPE);
  }

  @Test
  void theVersionDecidesWhetherAConstantDefaultRewrites() {
    List<Op> ops = List.of(new Op.AddColumn(null, "users", column("active", dev.autogen.runtime.schema.Ddl.bool())
        .notNull().defaultValue("true")));
    assertThat(rules(new Linter(10).lint(ops, true))).contains(Rule.VOLATILE_DEFAULT);
    assertThat(rules(new Linter(11).lint(ops, true))).doesNotContain(Rule.VOLATILE_DEFAULT);
  }

  @Test
  void aDefaultOfAnUnknownFunctionMayBeVolatile() {
    List<Finding> findings = new Linter(17).lint(List.of(new Op.AddColumn(null, "users",
        column("code", text()).defaultValue("my_schema.next_code('x')"))), true);
    assertThat(findings).filteredOn(f -> f.rule() == Rule.VOLATILE_DEFAULT).singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith("rewrites the table if next_code() is volatile"));
  }

  @Test
  void theSafeFormsLintClean() {
    List<Op> ops = List.of(
        new Op.AddColumn(null, "users", column("token", uuid()).notNull().defaultValue("gen_random_uuid()")),
        new Op.CreateIndex(null, index("ix_users_email", "users", "email"), false),
        new Op.AddForeignKey(null, "orders", foreignKey("user_id", "users", "id").named("fk_orders_user"), false),
        new Op.AddCheckConstraint(null, "orders", check("amount_positive", "amount > 0"), false),
        alter("users", "nickname", ColumnChanges.alter().nullable(true, false).defaultValue(null, "'anon'")));
    Set<Rule> unsafe = rules(new Linter(17).lint(ops, true));
    assertThat(unsafe).contains(Rule.VOLATILE_DEFAULT, Rule.INDEX_NOT_CONCURRENT, Rule.CONSTRAINT_NOT_VALID,
        Rule.SET_NOT_NULL);

    SafeForms.Result safe = new SafeForms(new LintOptions(17, true, true, true)).apply(ops);

    assertThat(safe.outsideTransaction()).isTrue();
    assertThat(rules(new Linter(17).lint(safe.ops(), false))).doesNotContain(Rule.VOLATILE_DEFAULT,
        Rule.INDEX_NOT_CONCURRENT, Rule.CONSTRAINT_NOT_VALID, Rule.SET_NOT_NULL, Rule.VALIDATE_IN_TRANSACTION,
        Rule.CONCURRENTLY_IN_TRANSACTION);
  }

  @Test
  void safeFormsLeaveNewTablesAndSafeOpsAlone() {
    List<Op> ops = List.of(
        create("tickets", column("id", bigint()), column("user_id", bigint())),
        new Op.CreateIndex(null, index("ix_tickets_user", "tickets", "user_id"), false),
        new Op.AddForeignKey(null, "tickets", foreignKey("user_id", "users", "id").named("fk_tickets_user"), false),
        new Op.AddColumn(null, "users", column("role", varchar(20)).notNull().defaultValue("'member'")));

    SafeForms.Result safe = new SafeForms(new LintOptions(17, true, true, true)).apply(ops);

    assertThat(safe.ops()).isEqualTo(ops);
    assertThat(safe.outsideTransaction()).isFalse();
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private static Set<Rule> rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
  }

  private static Op sql(String sql) {
    return new Op.Execute(sql, List.of(), null);
  }

  private static Op create(String name, TableElement... elements) {
    return new Op.CreateTable(null, Table.of(name, Arrays.asList(elements)));
  }

  private static Op alter(String table, String column, ColumnChanges changes) {
    return changes.toOp(null, table, column);
  }
}
