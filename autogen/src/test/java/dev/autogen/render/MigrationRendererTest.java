package dev.autogen.render;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.bool;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.date;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.integer;
import static dev.autogen.runtime.schema.Ddl.numeric;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.timestamptz;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.varchar;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.model.Provenance;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.internal.RecordingOperations;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.Ddl;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.TableElement;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names, determinism, escaping and the shape of the class around the ops. */
class MigrationRendererTest {
  private final MigrationRenderer renderer = new MigrationRenderer();

  @Test
  void sameRequestGivesSameBytes() {
    for (Scenarios.Scenario scenario : Scenarios.all()) {
      String first = new MigrationRenderer().render(scenario.request()).source();
      String second = new MigrationRenderer().render(scenario.request()).source();
      assertThat(second).as(scenario.name()).isEqualTo(first);
    }
  }

  @Test
  void outputDoesNotDependOnMapOrderOrDefaultLocale() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("t.b", "T.b");
    columns.put("t.a", "T.a");
    Map<String, String> reversed = new HashMap<>();
    reversed.put("t.a", "T.a");
    reversed.put("t.b", "T.b");
    List<Op> ops = List.of(new Op.AddColumn(null, "t", column("a", text())), new Op.AddColumn(null, "t", column("b", text())));
    String first = renderer.render(request("Index ITEMS", ops, new Provenance(Map.of("t", "T"), columns))).source();
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String second = renderer.render(request("Index ITEMS", ops, new Provenance(Map.of("t", "T"), reversed))).source();
      assertThat(second).isEqualTo(first);
      assertThat(first).contains("class M20261124_0930_index_items ");
    } finally {
      Locale.setDefault(before);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "add linkedin_url|add_linkedin_url",
      "Add LinkedIn URL to team members!|add_linkedin_url_to_team_members",
      "  --  |migration",
      "Ändere Größe der Spalte|andere_grosse_der_spalte",
      "2nd try|2nd_try",
      "make research.status an enum, index it, and drop the old varchar column|make_research_status_an_enum_index_it",
  })
  void slugs(String message, String slug) {
    assertThat(MigrationRenderer.slug(message)).isEqualTo(slug);
    assertThat(slug.length()).isLessThanOrEqualTo(40);
  }

  @Test
  void namesTheClassAndFileByCreationTimeAndMessage() {
    RenderedMigration rendered = renderer.render(request("add linkedin_url", List.of(), Provenance.none()));
    assertThat(rendered.className()).isEqualTo("M20261124_0930_add_linkedin_url");
    assertThat(rendered.fileName()).isEqualTo("M20261124_0930_add_linkedin_url.java");
    assertThat(rendered.qualifiedName()).isEqualTo("com.example.migrations.M20261124_0930_add_linkedin_url");
    assertThat(rendered.relativePath()).isEqualTo(Path.of("com", "example", "migrations", "M20261124_0930_add_linkedin_url.java"));
  }

  @Test
  void hostileTextStaysInsideItsStringsAndComments() throws Exception {
    String message = "fix */ <b>bold</b> & @deprecated {@code x} \\u000a end";
    List<Op> ops = List.of(
        new Op.AddCheckConstraint(null, "t", Ddl.check("ck", "a <> '*/' AND b @> '{1}' AND c ~ '\\u0041'"), false),
        new Op.Execute("SELECT '*/ \\u000a'", List.of(), null));
    RenderedMigration rendered = renderer.render(new RenderRequest("", "20261124_0930_4f1c", List.of(), List.of("a", "b"),
        message, LocalDateTime.of(2026, 11, 24, 9, 30), ops, Provenance.none(), List.of("watch <this> */"),
        Dialects.named("postgresql")));

    // Compiles with doclint on, so the Javadoc is well-formed and the comment did not end early.
    Class<?> type = InMemoryCompiler.compile(rendered.qualifiedName(), rendered.source());
    Revision revision = type.getAnnotation(Revision.class);
    assertThat(revision.message()).isEqualTo(message);
    assertThat(revision.parents()).isEmpty();
    assertThat(revision.branchLabels()).containsExactly("a", "b");
    assertThat(rendered.source())
        .contains(" * fix *&#47; &lt;b&gt;bold&lt;/b&gt; &amp; &#64;deprecated {&#64;code x} &#92;u000a end\n")
        .contains("<li>watch &lt;this&gt; *&#47;</li>")
        .contains("// cannot be reversed automatically: cannot reverse execute(\"SELECT '*/ \\\\u000a'\")");
    Migration migration = (Migration) type.getDeclaredConstructor().newInstance();
    assertThat(migration).isNotNull();
  }

  @Test
  void emptyArraysAreLeftOutAndMessageToo() {
    RenderedMigration rendered = renderer.render(new RenderRequest("p", "base", List.of(), List.of(), "",
        LocalDateTime.of(2026, 1, 2, 3, 4), List.of(new Op.CreateEnumType(null, Ddl.enumType("e", "a"))), Provenance.none(),
        List.of(), null));
    assertThat(rendered.source())
        .contains("@Revision(\n    id = \"base\"\n)\n")
        .contains("class M20260102_0304_migration implements Migration")
        .doesNotContain("<pre>");
  }

  @Test
  void concurrentIndexesMakeTheMigrationNonTransactional() {
    RenderedMigration rendered = renderer.render(request("index concurrently",
        List.of(new Op.CreateIndex(null, Ddl.index("ix_t_a", "t", "a"), true)), Provenance.none()));
    assertThat(rendered.source())
        .contains("    transactional = false\n")
        .contains("op.createIndexConcurrently(index(\"ix_t_a\", \"t\", \"a\"));")
        .contains("op.dropIndexConcurrently(\"ix_t_a\");");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "character varying(255)|varchar(255)",
      "character varying|varchar()",
      "character(1)|character(1)",
      "integer|integer()",
      "bigint|bigint()",
      "double precision|doublePrecision()",
      "boolean|bool()",
      "numeric(10,2)|numeric(10, 2)",
      "numeric|numeric()",
      "time without time zone|time()",
      "timestamp without time zone|timestamp()",
      "timestamp(6) without time zone|timestamp(6)",
      "timestamp with time zone|timestamptz()",
      "timestamp(6) with time zone|timestamptz(6)",
      "text[]|arrayOf(text())",
      "character varying(20)[]|arrayOf(varchar(20))",
      "inet|type(\"inet\")",
      "inet[]|type(\"inet[]\")",
      "character varying(007)|type(\"character varying(007)\")",
      "numeric(10, 2)|type(\"numeric(10, 2)\")",
      "time with time zone|type(\"time with time zone\")",
  })
  void typesUseTheFactoryThatSpellsThemExactly(String sql, String java) {
    OpCallRenderer calls = new OpCallRenderer();
    String rendered = calls.type(new SqlType(sql)).toString().replace("dev.autogen.runtime.schema.Ddl.", "");
    assertThat(rendered).isEqualTo(java);
  }

  @Test
  void aThousandTablesAreSplitIntoMethodsThatCompile() throws Exception {
    List<Op> ops = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      String table = String.format(Locale.ROOT, "thing_%04d", i);
      List<TableElement> elements = new ArrayList<>(List.of(
          column("id", bigint()).notNull(), column("name", varchar(120)).notNull(), column("code", varchar(40)).notNull(),
          column("description", varchar(2000)), column("amount", numeric(12, 2)), column("quantity", integer()),
          column("active", bool()).notNull(), column("due", date()), column("created_at", timestamptz(6)).notNull(),
          column("parent_id", bigint()), primaryKey("id").named(table + "_pkey"), unique("code").named("uk_" + table + "_code")));
      ops.add(new Op.CreateTable(null, Table.of(table, elements)));
      ops.add(new Op.CreateIndex(null, index("ix_" + table + "_name", table, "name"), false));
      if (i > 1) {
        ops.add(new Op.AddForeignKey(null, table,
            foreignKey("parent_id", String.format(Locale.ROOT, "thing_%04d", i - 1), "id").named("fk_" + table + "_parent"), false));
      }
    }
    RenderedMigration rendered = renderer.render(request("initial", ops, Provenance.none()));

    assertThat(rendered.source())
        .contains("  public void upgrade(Operations op) {\n    upgrade1(op);\n    upgrade2(op);\n")
        .contains("  private static void upgrade1(Operations op) {\n    op.createTable(\"thing_0001\",\n")
        .contains("  public void downgrade(Operations op) {\n    downgrade1(op);\n");
    Migration migration = (Migration) InMemoryCompiler.compile(rendered.qualifiedName(), rendered.source())
        .getDeclaredConstructor().newInstance();
    RecordingOperations upgraded = new RecordingOperations();
    migration.upgrade(upgraded);
    assertThat(upgraded.ops()).isEqualTo(ops);
    RecordingOperations downgraded = new RecordingOperations();
    migration.downgrade(downgraded);
    assertThat(downgraded.ops()).hasSize(ops.size());
    assertThat(downgraded.ops().get(0)).isEqualTo(new Op.DropConstraint(null, "thing_1000", "fk_thing_1000_parent", null));
    assertThat(downgraded.ops().get(downgraded.ops().size() - 1)).isInstanceOf(Op.DropTable.class);
  }

  @Test
  void refusesOpsItCannotWrite() {
    assertThatThrownBy(() -> renderer.render(request("x",
        List.of(new Op.Execute("SELECT ?", List.of(new Object()), null)), Provenance.none())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot write a value of type java.lang.Object");
    assertThatThrownBy(() -> renderer.render(request("x",
        List.of(new Op.AddEnumValue(null, "e", "v", "a", "b")), Provenance.none())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both a label before and after");
    assertThat(type("x").sql()).isEqualTo("x");
  }

  private static RenderRequest request(String message, List<Op> ops, Provenance provenance) {
    return new RenderRequest("com.example.migrations", "20261124_0930_4f1c", List.of("20261120_1412_a9e2"), List.of(),
        message, LocalDateTime.of(2026, 11, 24, 9, 30), ops, provenance, List.of(), Dialects.named("postgresql"));
  }
}
