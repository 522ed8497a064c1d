package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.read.DatabaseSchemaReader;
import dev.autogen.read.ReadOptions;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.internal.JdbcStatementSink;
import dev.autogen.runtime.internal.SqlOperations;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.Ddl;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import dev.autogen.testing.PostgresServer;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Round trips over random pairs of models: build a start and a target schema on real PostgreSQL, diff
 * what the reader reads of them, apply the ops to the start (its schema must then equal the target's, and
 * a second diff must find nothing), apply the reversed ops (its schema must equal the start again).
 *
 * <p>Models come from a seed, so a failure names the seed that reproduces it. Type changes stay within
 * the conversions PostgreSQL makes without a USING expression.
 */
class RandomModelRoundTripProperties {
  private static final Dialect POSTGRES = Dialects.named("postgresql");

  /** Type families whose members convert into each other without USING. */
  private static final List<List<SqlType>> FAMILIES = List.of(
      List.of(Ddl.integer(), Ddl.bigint(), Ddl.smallint()),
      List.of(Ddl.text(), Ddl.varchar(40), Ddl.varchar(255), Ddl.varchar()),
      List.of(Ddl.numeric(10, 2), Ddl.numeric(12, 2), Ddl.numeric(12, 4)),
      List.of(Ddl.timestamp(), Ddl.timestamptz(), Ddl.timestamp(3)),
      List.of(Ddl.bool()),
      List.of(Ddl.uuid()));

  @Property(tries = 25)
  void diffAppliedReachesTheTargetAndItsReverseTheStart(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed)
      throws SQLException {
    Random random = new Random(seed);
    Schema start = randomSchema(random);
    Schema target = mutate(start, random);

    PostgresServer server = PostgresServer.shared();
    try (TestDatabase a = server.createDatabase(); TestDatabase b = server.createDatabase()) {
      create(a, start);
      create(b, target);
      Schema readStart = read(a);
      Schema readTarget = read(b);
      SchemaSnapshot startSnapshot = a.snapshot();

      Diff diff = new SchemaDiffer().diff(readStart, readTarget);
      apply(a, diff.ops());
      String context = "seed " + seed + "\nstart: " + start + "\ntarget: " + target + "\nops: " + diff.ops();
      assertThat(new SchemaDiffer().diff(read(a), readTarget).ops()).as(context).isEmpty();
      assertThat(a.snapshot().lines()).as(context).containsExactlyElementsOf(b.snapshot().lines());

      apply(a, diff.downgrade());
      assertThat(a.snapshot().lines()).as(context).containsExactlyElementsOf(startSnapshot.lines());
    }
  }

  private static Schema randomSchema(Random random) {
    int tables = 1 + random.nextInt(4);
    List<Table> out = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      out.add(randomTable("t" + t, random, out));
    }
    return new Schema("public", out, List.of(), List.of());
  }

  private static Table randomTable(String name, Random random, List<Table> earlier) {
    List<Column> columns = new ArrayList<>();
    columns.add(Ddl.column("id", Ddl.bigint()).notNull());
    int n = 1 + random.nextInt(5);
    for (int c = 0; c < n; c++) {
      columns.add(randomColumn("c" + c, random));
    }
    List<UniqueConstraint> uniques = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      uniques.add(new UniqueConstraint("uq_" + name + "_c0", List.of("c0"), false));
    }
    List<Index> indexes = new ArrayList<>();
    if (random.nextInt(2) == 0) {
      indexes.add(randomIndex(name, columns, random));
    }
    List<ForeignKey> fks = new ArrayList<>();
    if (!earlier.isEmpty() && random.nextBoolean()) {
      Table parent = earlier.get(random.nextInt(earlier.size()));
      columns.add(Ddl.column(parent.name() + "_id", Ddl.bigint()));
      fks.add(Ddl.foreignKey(parent.name() + "_id", parent.name(), "id").named("fk_" + name + "_" + parent.name())
          .onDelete(random.nextBoolean() ? ForeignKey.Action.CASCADE : ForeignKey.Action.NO_ACTION));
    }
    return new Table(name, columns, new PrimaryKey(null, List.of("id")), uniques, List.of(), fks, indexes,
        random.nextInt(4) == 0 ? "table " + name : null);
  }

  private static Column randomColumn(String name, Random random) {
    List<SqlType> family = FAMILIES.get(random.nextInt(FAMILIES.size()));
    Column c = Ddl.column(name, family.get(random.nextInt(family.size())));
    if (random.nextInt(3) == 0) {
      c = c.notNull();
    }
    if (random.nextInt(4) == 0) {
      c = c.comment("about " + name);
    }
    return c;
  }

  private static Index randomIndex(String table, List<Column> columns, Random random) {
    Column col = columns.get(1 + random.nextInt(columns.size() - 1));
    IndexElement e = random.nextBoolean() ? IndexElement.column(col.name()) : IndexElement.column(col.name()).desc();
    Index ix = new Index("ix_" + table + "_" + col.name(), table, List.of(e), false, null, List.of(), null);
    if (random.nextInt(3) == 0) {
      ix = ix.where(POSTGRES.quote(col.name()) + " IS NOT NULL");
    }
    return ix;
  }

  /** One to four random changes: add or drop a table, add, drop or change a column, index or constraint. */
  private static Schema mutate(Schema start, Random random) {
    List<Table> tables = new ArrayList<>(start.tables());
    int changes = 1 + random.nextInt(4);
    for (int i = 0; i < changes; i++) {
      int kind = random.nextInt(7);
      int pick = random.nextInt(tables.size());
      Table t = tables.get(pick);
      switch (kind) {
        case 0 -> tables.add(randomTable("n" + i, random, tables));
        case 1 -> {
          // drop a table nothing else references
          boolean referenced = tables.stream().anyMatch(o -> o != t
              && o.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(t.name())));
          if (!referenced && tables.size() > 1) {
            tables.remove(pick);
          }
        }
        case 2 -> {
          List<Column> cols = new ArrayList<>(t.columns());
          cols.add(randomColumn("a" + i, random));
          tables.set(pick, t.withColumns(cols));
        }
        case 3 -> {
          // drop a plain column (not the key, not used by a constraint or index)
          List<Column> cols = new ArrayList<>(t.columns());
          cols.removeIf(c -> !c.name().startsWith("c") || c.name().equals("c0") || usedByIndex(t, c.name()));
          if (!cols.isEmpty()) {
            Column gone = cols.get(random.nextInt(cols.size()));
            tables.set(pick, t.withColumns(t.columns().stream().filter(c -> c != gone).toList()));
          }
        }
        case 4 -> {
          // change a column's type within its family, its nullability or its comment
          List<Column> cols = new ArrayList<>(t.columns());
          int at = 1 + random.nextInt(cols.size() - 1);
          Column c = cols.get(at);
          if (c.name().endsWith("_id")) {
            break;
          }
          List<SqlType> family = FAMILIES.stream().filter(f -> f.contains(c.type())).findFirst().orElse(List.of(c.type()));
          cols.set(at, c.withType(family.get(random.nextInt(family.size())))
              .withNullable(random.nextBoolean())
              .comment(random.nextBoolean() ? null : "changed " + c.name()));
          tables.set(pick, t.withColumns(cols));
        }
        case 5 -> tables.set(pick, t.withIndexes(t.indexes().isEmpty()
            ? List.of(randomIndex(t.name(), t.columns(), random))
            : List.of()));
        default -> tables.set(pick, t.withComment(t.comment() == null ? "now commented" : null));
      }
    }
    return new Schema("public", tables, List.of(), List.of());
  }

  private static boolean usedByIndex(Table t, String column) {
    return t.indexes().stream().anyMatch(ix -> ix.elements().stream().anyMatch(e -> e.value().equals(column))
        || (ix.where() != null && ix.where().contains(column)));
  }

  private static void create(TestDatabase db, Schema schema) throws SQLException {
    List<Op> ops = new ArrayList<>();
    for (Table t : schema.tables()) {
      ops.add(new Op.CreateTable(null, t.withForeignKeys(List.of()).withIndexes(List.of())));
      for (Index ix : t.indexes()) {
        ops.add(new Op.CreateIndex(null, ix, false));
      }
    }
    for (Table t : schema.tables()) {
      for (ForeignKey fk : t.foreignKeys()) {
        ops.add(new Op.AddForeignKey(null, t.name(), fk, false));
      }
    }
    apply(db, ops);
  }

  private static void apply(TestDatabase db, List<Op> ops) throws SQLException {
    try (Connection c = db.connection()) {
      SqlOperations operations = new SqlOperations(POSTGRES, null, c, new JdbcStatementSink(c));
      for (Op op : ops) {
        operations.apply(op);
      }
    }
  }

  private static Schema read(TestDatabase db) throws SQLException {
    try (Connection c = db.connection()) {
      return new DatabaseSchemaReader(ReadOptions.forSchema("public")).read(c);
    }
  }
}
