package dev.autogen.render;

import static dev.autogen.runtime.schema.Ddl.arrayOf;
import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.bool;
import static dev.autogen.runtime.schema.Ddl.bytea;
import static dev.autogen.runtime.schema.Ddl.character;
import static dev.autogen.runtime.schema.Ddl.check;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.comment;
import static dev.autogen.runtime.schema.Ddl.date;
import static dev.autogen.runtime.schema.Ddl.desc;
import static dev.autogen.runtime.schema.Ddl.doublePrecision;
import static dev.autogen.runtime.schema.Ddl.expr;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.integer;
import static dev.autogen.runtime.schema.Ddl.json;
import static dev.autogen.runtime.schema.Ddl.jsonb;
import static dev.autogen.runtime.schema.Ddl.numeric;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.real;
import static dev.autogen.runtime.schema.Ddl.sequence;
import static dev.autogen.runtime.schema.Ddl.smallint;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.time;
import static dev.autogen.runtime.schema.Ddl.timestamp;
import static dev.autogen.runtime.schema.Ddl.timestamptz;
import static dev.autogen.runtime.schema.Ddl.type;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.uuid;
import static dev.autogen.runtime.schema.Ddl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Provenance;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.internal.RecordingOperations;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.ColumnChanges;
import dev.autogen.runtime.op.IrreversibleOperationException;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property the design rests on: compile the rendered class, run its {@code upgrade} against recording
 * operations, and get back the ops it was rendered from (drops without their definitions, see
 * {@link RecordedOps}). Likewise its {@code downgrade} records the upgrade's ops reversed. Every op kind, in
 * every form the renderer distinguishes.
 */
class RenderedOpsRoundTripTest {

  /** Each case: a name and one op. */
  static List<Arguments> cases() {
    Table everyType = Table.of("every_type", List.of(
        column("a", varchar(255)).notNull(), column("b", varchar()), column("c", character(2)), column("d", text()),
        column("e", smallint()), column("f", integer()), column("g", bigint()), column("h", numeric(10, 2)),
        column("i", numeric()), column("j", real()), column("k", doublePrecision()), column("l", bool()),
        column("m", date()), column("n", time()), column("o", timestamp()), column("p", timestamp(3)),
        column("q", timestamptz()), column("r", timestamptz(6)), column("s", uuid()), column("t", json()),
        column("u", jsonb()), column("v", bytea()), column("w", arrayOf(text())), column("x", arrayOf(varchar(20))),
        column("y", type("inet")), column("z", type("character varying(20)[][]")), column("aa", type("numeric(5,-2)")),
        column("ab", type("character varying(0099)")), column("ac", type("tsvector")).comment("search")));
    Table keys = Table.of("orders", List.of(
        column("id", bigint()).generatedByDefaultAsIdentity(),
        column("code", text()).notNull().defaultValue("'x'::text"),
        column("total", numeric(12, 2)).generatedAs("price * quantity"),
        column("seq", bigint()).identity(new Identity(Identity.Generation.ALWAYS, 100L, 5L)),
        column("odd", integer()).generatedAlwaysAsIdentity().withNullable(true),
        column("customer_id", uuid()), column("region", text()), column("branch", integer()),
        primaryKey("id"),
        unique("code"),
        unique("region", "branch").named("uq_orders_region").withNullsNotDistinct(),
        check(null, "total >= 0"),
        check("ck_orders_code", "code <> ''"),
        foreignKey("customer_id", "customers", "id"),
        foreignKey("fk_orders_branch", List.of("region", "branch"), "branches", List.of("region", "id"))
            .referencingSchema("shared").onDelete(ForeignKey.Action.CASCADE).onUpdate(ForeignKey.Action.RESTRICT)
            .deferrable(true),
        foreignKey("customer_id", "customers", "id").named("fk_orders_customer_2").deferrable(false),
        comment("orders, with \"quotes\" and a */ and \\u0041")));
    Sequence fullSequence = sequence("s_full").as("integer").startWith(10).incrementBy(-2).minValue(-5_000_000_000L)
        .maxValue(100).cache(20).cycling();
    List<Arguments> all = new ArrayList<>(List.of(
        Arguments.of("createTable every type", new Op.CreateTable(null, everyType)),
        Arguments.of("createTable keys", new Op.CreateTable("app", keys)),
        Arguments.of("createTable with indexes", new Op.CreateTable(null, Table.of("t", List.of(column("a", text())))
            .withIndexes(List.of(index("ix_t_a", "t", "a"), index("ux_t_a", "t", "a").asUnique())))),
        Arguments.of("dropTable", new Op.DropTable(null, "users", keys)),
        Arguments.of("dropTable unknown", new Op.DropTable("app", "users", null)),
        Arguments.of("renameTable", new Op.RenameTable(null, "user", "users")),
        Arguments.of("setTableComment from", new Op.SetTableComment(null, "t", Change.of("old", "new"))),
        Arguments.of("setTableComment to", new Op.SetTableComment(null, "t", Change.to("new"))),
        Arguments.of("setTableComment remove", new Op.SetTableComment(null, "t", Change.to(null))),
        Arguments.of("addColumn", new Op.AddColumn(null, "team_members", column("linkedin_url", varchar(255)))),
        Arguments.of("addColumn full", new Op.AddColumn("app", "t", column("c", text()).notNull().defaultValue("'a'")
            .comment("it's"))),
        Arguments.of("dropColumn", new Op.DropColumn(null, "t", "c", column("c", text()))),
        Arguments.of("renameColumn", new Op.RenameColumn(null, "t", "a", "b")),
        Arguments.of("alterColumn all known", ColumnChanges.alter()
            .type(varchar(255), text()).using("email::text").nullable(false, true).defaultValue(null, "'x'")
            .identity(null, Identity.byDefault()).comment("a", "b").toOp(null, "users", "email")),
        Arguments.of("alterColumn all unknown", ColumnChanges.alter()
            .type(bigint()).setNotNull().defaultValue("0").identity(Identity.always()).comment("c")
            .toOp("app", "users", "n")),
        Arguments.of("alterColumn drops", ColumnChanges.alter()
            .dropNotNull().dropDefault().identity(null).comment(null).toOp(null, "users", "n")),
        Arguments.of("alterColumn identity options", ColumnChanges.alter()
            .identity(new Identity(Identity.Generation.BY_DEFAULT, null, 10L), null).toOp(null, "users", "n")),
        Arguments.of("setColumnComment", ColumnChanges.alter().comment("the mail").toOp(null, "users", "email")),
        Arguments.of("createIndex", new Op.CreateIndex(null, index("ix_research_status", "research", "status"), false)),
        Arguments.of("createIndex elements", new Op.CreateIndex("app", index("ix_e", "t",
            IndexElement.column("a"), desc("b"), expr("lower(c)"), expr("d + 1").desc().nulls(IndexElement.Nulls.LAST),
            IndexElement.column("e").nulls(IndexElement.Nulls.FIRST))
            .asUnique().where("a IS NOT NULL").include("f", "g").using("btree"), false)),
        Arguments.of("createIndexConcurrently", new Op.CreateIndex(null, index("ix_c", "t", "a", "b"), true)),
        Arguments.of("dropIndex", new Op.DropIndex(null, "ix", index("ix", "t", "a"), false)),
        Arguments.of("dropIndexConcurrently", new Op.DropIndex("app", "ix", null, true)),
        Arguments.of("addPrimaryKey", new Op.AddPrimaryKey(null, "t", primaryKey("t_pkey", List.of("a", "b")))),
        Arguments.of("addUniqueConstraint", new Op.AddUniqueConstraint(null, "t", unique("uq_t_a", List.of("a")))),
        Arguments.of("addForeignKey", new Op.AddForeignKey(null, "t", foreignKey("a", "u", "id").named("fk_t_a"), false)),
        Arguments.of("addForeignKeyNotValid", new Op.AddForeignKey(null, "t",
            foreignKey(null, List.of("a", "b"), "u", List.of("x", "y")).onDelete(ForeignKey.Action.SET_DEFAULT), true)),
        Arguments.of("addCheckConstraint", new Op.AddCheckConstraint(null, "t", check("ck", "a > 0"), false)),
        Arguments.of("addCheckConstraintNotValid", new Op.AddCheckConstraint("app", "t", check("ck", "a > 0"), true)),
        Arguments.of("validateConstraint", new Op.ValidateConstraint(null, "t", "ck")),
        Arguments.of("dropConstraint", new Op.DropConstraint(null, "t", "fk_t_a", foreignKey("a", "u", "id"))),
        Arguments.of("createSequence", new Op.CreateSequence(null, sequence("s"))),
        Arguments.of("createSequence full", new Op.CreateSequence("app", fullSequence)),
        Arguments.of("alterSequence", new Op.AlterSequence(null, null, sequence("s").incrementBy(50))),
        Arguments.of("alterSequence from", new Op.AlterSequence(null, sequence("s").incrementBy(1),
            sequence("s").incrementBy(50).maxValue(Long.MAX_VALUE))),
        Arguments.of("dropSequence", new Op.DropSequence(null, "s", fullSequence)),
        Arguments.of("createEnumType", new Op.CreateEnumType(null, new EnumType("status", List.of("draft", "it's")))),
        Arguments.of("createEnumType empty", new Op.CreateEnumType("app", new EnumType("nothing", List.of()))),
        Arguments.of("dropEnumType", new Op.DropEnumType(null, "status", new EnumType("status", List.of("a")))),
        Arguments.of("addEnumValue", new Op.AddEnumValue(null, "status", "archived", null, null)),
        Arguments.of("addEnumValueBefore", new Op.AddEnumValue(null, "status", "new", "draft", null)),
        Arguments.of("addEnumValueAfter", new Op.AddEnumValue("app", "status", "new", null, "draft")),
        Arguments.of("execute", new Op.Execute("UPDATE users SET role = 'member' WHERE role IS NULL", List.of(), null)),
        Arguments.of("execute parameters", new Op.Execute("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Arrays.asList("a\"b\n", 1, 2L, true, null, new BigDecimal("12.50"), UUID.fromString("3f1c0e1e-5b6a-4a44-9b59-7b2f1f0c2a11"),
                LocalDate.of(2026, 11, 24), LocalDateTime.of(2026, 11, 24, 9, 30), OffsetDateTime.parse("2026-11-24T09:30Z"),
                1.5d), null)),
        Arguments.of("execute one null", new Op.Execute("UPDATE t SET a = ?", Collections.singletonList(null), null)),
        Arguments.of("bulkInsert", new Op.BulkInsert("app", "roles", List.of("id", "name"),
            List.of(List.of(1, "admin"), Arrays.asList(2, null), List.of(3L, "member")))),
        Arguments.of("bulkInsert one column", new Op.BulkInsert(null, "roles", List.of("name"),
            List.of(Collections.singletonList(null), List.of("x")))),
        Arguments.of("bulkInsert no rows", new Op.BulkInsert(null, "roles", List.of("name"), List.of()))));
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void upgradeRecordsTheOpItWasRenderedFrom(String name, Op op) {
    Migration migration = compile(List.of(op));
    RecordingOperations recording = new RecordingOperations();
    migration.upgrade(recording);
    assertThat(recording.ops()).isEqualTo(RecordedOps.expected(List.of(op)));
    assertThat(RecordedOps.matches(List.of(op), recording.ops())).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void downgradeRecordsTheReverse(String name, Op op) {
    Migration migration = compile(List.of(op));
    RecordingOperations recording = new RecordingOperations();
    migration.downgrade(recording);
    assertThat(recording.ops()).isEqualTo(RecordedOps.expected(reversed(List.of(op))));
  }

  @Test
  void everyOpKindIsCovered() {
    Set<Class<?>> covered = cases().stream().map(a -> a.get()[1].getClass()).collect(Collectors.toSet());
    Set<Class<?>> kinds = Set.of(Op.class.getPermittedSubclasses());
    assertThat(covered).containsExactlyInAnyOrderElementsOf(kinds);
  }

  @Test
  void allOpsInOneMigrationRoundTripBothWays() {
    List<Op> ops = cases().stream().map(a -> (Op) a.get()[1]).toList();
    Migration migration = compile(ops);

    RecordingOperations up = new RecordingOperations();
    migration.upgrade(up);
    assertThat(up.ops()).isEqualTo(RecordedOps.expected(ops));

    RecordingOperations down = new RecordingOperations();
    migration.downgrade(down);
    assertThat(down.ops()).isEqualTo(RecordedOps.expected(reversed(ops)));
  }

  @Test
  void theComparisonIgnoresDropDefinitionsAndNothingElse() {
    Op drop = new Op.DropColumn(null, "t", "c", column("c", text()));
    assertThat(RecordedOps.matches(List.of(drop), List.of(new Op.DropColumn(null, "t", "c", null)))).isTrue();
    assertThat(RecordedOps.matches(List.of(drop), List.of(new Op.DropColumn(null, "t", "d", null)))).isFalse();
    assertThat(RecordedOps.matches(List.of(drop), List.of(new Op.DropColumn("app", "t", "c", null)))).isFalse();
    Op add = new Op.AddColumn(null, "t", column("c", text()));
    assertThat(RecordedOps.matches(List.of(add), List.of(new Op.AddColumn(null, "t", column("c", text()).notNull()))))
        .isFalse();
    assertThat(RecordedOps.matches(List.of(add, drop), List.of(new Op.DropColumn(null, "t", "c", null), add))).isFalse();
  }

  /** The downgrade's ops, as the renderer derives them: reversible ops reversed, in reverse order. */
  private static List<Op> reversed(List<Op> upgrade) {
    List<Op> split = RecordedOps.splitTableIndexes(upgrade);
    List<Op> out = new ArrayList<>();
    for (int i = split.size() - 1; i >= 0; i--) {
      try {
        out.addAll(RecordedOps.splitTableIndexes(split.get(i).reverse()));
      } catch (IrreversibleOperationException e) {
        // the renderer leaves a comment instead
      }
    }
    return out;
  }

  private static Migration compile(List<Op> ops) {
    RenderRequest request = new RenderRequest("com.example.migrations", "20261124_0930_4f1c", List.of("20261120_1412_a9e2"),
        List.of("main"), "round trip", LocalDateTime.of(2026, 11, 24, 9, 30), ops, Provenance.none(), List.of(),
        Dialects.named("postgresql"));
    return InMemoryCompiler.instantiate(new MigrationRenderer().render(request));
  }
}
