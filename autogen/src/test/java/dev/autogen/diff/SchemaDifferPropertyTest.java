package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random pairs of schemas from a small universe of names, so that tables, columns, constraints, enum
 * types and sequences appear, vanish and change between the two: the ops, applied to a model that refuses
 * what PostgreSQL refuses, must reach the target (diffing again finds nothing), and the downgrade must
 * restore the start.
 */
class SchemaDifferPropertyTest {

  private static final SchemaDiffer DIFFER = new SchemaDiffer();
  private static final List<String> TABLES = List.of("a", "b", "c", "user");
  private static final List<String> COLUMNS = List.of("x", "y", "z");

  @Property(tries = 400)
  void upgradeReachesTheTargetAndDowngradeTheStart(@ForAll long currentSeed, @ForAll long targetSeed) {
    Schema current = generate(new Random(currentSeed));
    Schema target = generate(new Random(targetSeed));
    Diff diff = DIFFER.diff(current, target);

    Schema upgraded = SchemaModel.apply(current, diff.ops(), target);
    assertThat(DIFFER.diff(upgraded, target).ops()).as("diff after the upgrade").isEmpty();
    assertThat(DIFFER.diff(current, target)).as("the same input gives the same diff").isEqualTo(diff);
    if (diff.ops().stream().anyMatch(op -> op instanceof Op.AddEnumValue)) {
      return; // no downgrade for added enum values: see SchemaDifferTest
    }
    Schema downgraded = SchemaModel.apply(upgraded, diff.downgrade(), current);
    assertThat(SchemaModel.canonical(downgraded)).isEqualTo(SchemaModel.canonical(current));
  }

  /** A valid schema: keys on existing columns, foreign keys to existing keys, types and sequences that exist. */
  static Schema generate(Random r) {
    List<EnumType> enums = new ArrayList<>();
    if (r.nextBoolean()) {
      List<String> values = new ArrayList<>();
      for (String v : List.of("sad", "ok", "glad", "elated")) {
        if (r.nextInt(3) > 0) {
          values.add(v);
        }
      }
      if (values.isEmpty()) {
        values.add("ok");
      }
      enums.add(new EnumType("mood", values));
    }
    if (r.nextInt(4) == 0) {
      enums.add(new EnumType("tint", List.of("red", "green")));
    }
    List<Sequence> sequences = new ArrayList<>();
    if (r.nextBoolean()) {
      Sequence s = new Sequence("numbers", null, null, null, null, null, null, false);
      sequences.add(r.nextBoolean() ? s : s.incrementBy(10));
    }
    List<SqlType> types = new ArrayList<>(List.of(new SqlType("integer"), new SqlType("bigint"), new SqlType("text"),
        new SqlType("character varying(10)"), new SqlType("character varying(20)")));
    enums.forEach(e -> types.add(new SqlType(e.name())));

    List<Table> tables = new ArrayList<>();
    for (String name : TABLES) {
      if (r.nextInt(4) == 0) {
        continue;
      }
      List<Column> columns = new ArrayList<>();
      boolean keyed = r.nextInt(4) > 0;
      Column id = new Column("id", new SqlType(r.nextBoolean() ? "bigint" : "integer"), !keyed, null, null, null, null);
      if (keyed && r.nextInt(4) == 0) {
        id = id.identity(r.nextBoolean() ? Identity.byDefault() : Identity.always());
      }
      columns.add(id);
      for (String c : COLUMNS) {
        if (r.nextInt(3) == 0) {
          continue;
        }
        Column column = new Column(c, types.get(r.nextInt(types.size())), r.nextBoolean(), null, null, null,
            r.nextInt(4) == 0 ? "about " + c : null);
        int d = r.nextInt(5);
        if (d == 0 && column.type().sql().equals("bigint") && !sequences.isEmpty()) {
          column = column.defaultValue("nextval('numbers'::regclass)");
        } else if (d == 1) {
          column = column.defaultValue(r.nextBoolean() ? "'1'::text" : "'2'::text");
        }
        columns.add(column);
      }
      PrimaryKey pk = keyed ? new PrimaryKey(name + "_pkey", List.of("id")) : null;
      List<String> others = columns.stream().map(Column::name).filter(n -> !n.equals("id")).toList();
      List<UniqueConstraint> uniques = new ArrayList<>();
      List<CheckConstraint> checks = new ArrayList<>();
      List<Index> indexes = new ArrayList<>();
      for (String c : others) {
        int k = r.nextInt(6);
        if (k == 0) {
          uniques.add(new UniqueConstraint(r.nextBoolean() ? name + "_" + c + "_key" : "uk_" + name + "_" + c, List.of(c), false));
        } else if (k == 1) {
          checks.add(new CheckConstraint(name + "_" + c + "_check", "(" + c + " IS NOT NULL)"));
        } else if (k == 2) {
          Index index = new Index(name + "_" + c + "_idx", name, List.of(IndexElement.column(c)), r.nextBoolean(), null, List.of(), null);
          indexes.add(r.nextBoolean() ? index : index.where("(" + c + " IS NOT NULL)"));
        } else if (k == 3 && others.size() > 1) {
          List<String> two = new ArrayList<>(others.subList(0, 2));
          if (r.nextBoolean()) {
            java.util.Collections.reverse(two);
          }
          indexes.add(new Index(name + "_pair_idx", name, two.stream().map(IndexElement::column).toList(), false, null, List.of(), null));
        }
      }
      if (r.nextInt(5) == 0) {
        indexes.add(new Index(name + "_expr_idx", name, List.of(IndexElement.expression("(id + 1)")), false, null, List.of(), null));
      }
      List<Index> distinct = indexes.stream().distinct().toList();
      List<Index> named = distinct.stream().filter(i -> distinct.stream().filter(j -> j.name().equals(i.name())).count() == 1).toList();
      tables.add(new Table(name, columns, pk, uniques, checks, List.of(), named, r.nextInt(4) == 0 ? "table " + name : null));
    }
    // Foreign keys from a column to the primary key of a table (perhaps the same one).
    List<Table> keyed = tables.stream().filter(t -> t.primaryKey() != null).toList();
    List<Table> out = new ArrayList<>();
    for (Table t : tables) {
      List<ForeignKey> fks = new ArrayList<>();
      if (!keyed.isEmpty()) {
        for (Column c : t.columns()) {
          if (!c.name().equals("id") && r.nextInt(4) == 0) {
            Table to = keyed.get(r.nextInt(keyed.size()));
            ForeignKey.Action onDelete = r.nextBoolean() ? ForeignKey.Action.NO_ACTION : ForeignKey.Action.CASCADE;
            fks.add(new ForeignKey(t.name() + "_" + c.name() + "_fkey", List.of(c.name()), null, to.name(), List.of("id"),
                onDelete, ForeignKey.Action.NO_ACTION, false, false));
          }
        }
      }
      out.add(t.withForeignKeys(fks));
    }
    return new Schema("public", out, sequences, enums);
  }
}
