package dev.autogen.diff;

import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.Constraint;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compares two schemas and returns the ops that turn the current one into the target, as a careful
 * engineer would write them, with the warnings a reviewer needs.
 *
 * <p>One generic comparison in fixed phases, whose order already runs:
 * <ol>
 *   <li>enum types created, values added;</li>
 *   <li>sequences created and altered;</li>
 *   <li>foreign keys dropped (removed, changed, or of dropped tables), before anything they reference goes;</li>
 *   <li>tables created (columns, primary key, unique and check constraints, comment), each with its indexes;</li>
 *   <li>each existing table: indexes and constraints dropped, columns added, altered and dropped, primary key,
 *       unique and check constraints added, indexes created, comment;</li>
 *   <li>tables dropped, each after its indexes;</li>
 *   <li>foreign keys added, once every table and column they join exists (so cycles need nothing special);</li>
 *   <li>sequences and enum types dropped, once nothing uses them.</li>
 * </ol>
 * A dependency sort then checks that order against what each op creates, needs and destroys, and moves
 * an op only where the phases would fail (a name freed on one table and taken on another, say).
 *
 * <p>Tables, columns, sequences and enum types are matched by name. Constraints and indexes are matched by
 * name and, failing that, by what they constrain: a constraint that matches by signature under another
 * name is no difference, so a database whose constraints someone else named gives no false diff. A
 * change of a constraint or index is a drop and an add. Every drop carries the definition it drops and
 * every alter its old values, so {@link Diff#downgrade()} restores the current schema.
 *
 * <p>Output is deterministic: the same two schemas give the same ops in the same order.
 */
public final class SchemaDiffer {

  private static final Comparator<String> NAMES = Comparator.nullsLast(Comparator.naturalOrder());

  private final DialectRules rules;

  /** A differ for PostgreSQL. */
  public SchemaDiffer() {
    this(new PostgresRules());
  }

  public SchemaDiffer(DialectRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The ops that turn {@code current} into {@code target}, in an order that runs, with their warnings. */
  public Diff diff(Schema current, Schema target) {
    return new Run(current, target).diff();
  }

  /** Just the ops of {@link #diff(Schema, Schema)}. */
  public List<Op> ops(Schema current, Schema target) {
    return diff(current, target).ops();
  }

  /** One comparison: the ops of each phase and the notes, gathered as the tables are walked. */
  private final class Run {
    private final Schema current;
    private final Schema target;
    private final String opSchema;
    private final List<Op> enumOps = new ArrayList<>();
    private final List<Op> sequenceOps = new ArrayList<>();
    private final List<Op> foreignKeyDrops = new ArrayList<>();
    private final List<Op> tableCreates = new ArrayList<>();
    private final List<Op> tableAlters = new ArrayList<>();
    private final List<Op> tableDrops = new ArrayList<>();
    private final List<Op> foreignKeyAdds = new ArrayList<>();
    private final List<Op> sequenceDrops = new ArrayList<>();
    private final List<Op> enumDrops = new ArrayList<>();
    private final List<DiffNote> notes = new ArrayList<>();

    Run(Schema current, Schema target) {
      this.current = Objects.requireNonNull(current, "current");
      this.target = Objects.requireNonNull(target, "target");
      // The ops run against the current database; its default schema needs no qualifier.
      this.opSchema = current.name().equals(rules.defaultSchema()) ? null : current.name();
    }

    Diff diff() {
      diffEnumTypes();
      diffSequences();
      Map<String, Table> currentTables = tablesByName(current);
      Map<String, Table> targetTables = tablesByName(target);
      for (Table t : targetTables.values()) {
        Table c = currentTables.get(t.name());
        if (c == null) {
          createTable(t);
        } else {
          alterTable(c, t);
        }
      }
      for (Table c : currentTables.values()) {
        if (!targetTables.containsKey(c.name())) {
          dropTable(c);
        }
      }
      List<Op> ops = new ArrayList<>();
      ops.addAll(enumOps);
      ops.addAll(sequenceOps);
      ops.addAll(foreignKeyDrops);
      ops.addAll(tableCreates);
      ops.addAll(tableAlters);
      ops.addAll(tableDrops);
      ops.addAll(foreignKeyAdds);
      ops.addAll(sequenceDrops);
      ops.addAll(enumDrops);
      List<Op> sorted = OpOrder.sort(ops);
      // The phases alone already run in every case the sort knows; should the sort ever meet a cycle, the
      // phase order is the better guess.
      return new Diff(sorted == null ? ops : sorted, notes);
    }

    // ---- enum types --------------------------------------------------------------------------------

    private void diffEnumTypes() {
      Map<String, EnumType> currentTypes = byName(current.enumTypes(), EnumType::name);
      Map<String, EnumType> targetTypes = byName(target.enumTypes(), EnumType::name);
      for (EnumType t : targetTypes.values()) {
        EnumType c = currentTypes.get(t.name());
        if (c == null) {
          enumOps.add(new Op.CreateEnumType(opSchema, t));
        } else if (!c.values().equals(t.values())) {
          alterEnumType(c, t);
        }
      }
      for (EnumType c : currentTypes.values()) {
        if (!targetTypes.containsKey(c.name())) {
          enumDrops.add(new Op.DropEnumType(opSchema, c.name(), c));
        }
      }
    }

    private void alterEnumType(EnumType c, EnumType t) {
      List<String> from = c.values();
      List<String> to = t.values();
      boolean manual = false;
      for (String value : from) {
        if (!to.contains(value)) {
          note(DiffNote.Kind.MANUAL, c.name(), "enum " + c.name() + " lost value '" + value
              + "': PostgreSQL cannot drop enum values; write this by hand");
          manual = true;
        }
      }
      List<String> keptInCurrentOrder = from.stream().filter(to::contains).toList();
      List<String> keptInTargetOrder = to.stream().filter(from::contains).toList();
      if (!keptInCurrentOrder.equals(keptInTargetOrder)) {
        note(DiffNote.Kind.MANUAL, c.name(), "enum " + c.name() + " orders its values differently ("
            + String.join(", ", from) + " → " + String.join(", ", to)
            + "): PostgreSQL cannot reorder enum values; write this by hand");
        manual = true;
      }
      if (manual) {
        return; // a partial change would leave the type neither here nor there
      }
      // Only insertions are left: add each new value next to a neighbour that exists by then.
      List<String> present = new ArrayList<>(from);
      for (int i = 0; i < to.size(); i++) {
        String value = to.get(i);
        if (present.contains(value)) {
          continue;
        }
        String before = null;
        String after = null;
        if (i == 0) {
          before = present.isEmpty() ? null : present.get(0);
          present.add(0, value);
        } else {
          String previous = to.get(i - 1);
          int at = present.indexOf(previous);
          if (at < present.size() - 1) {
            after = previous;
          }
          present.add(at + 1, value);
        }
        enumOps.add(new Op.AddEnumValue(opSchema, t.name(), value, before, after));
        note(DiffNote.Kind.IRREVERSIBLE, t.name(), "enum " + t.name() + " gains value '" + value
            + "': PostgreSQL cannot drop enum values, so the downgrade must re-create the type by hand");
      }
    }

    // ---- sequences ---------------------------------------------------------------------------------

    private void diffSequences() {
      Map<String, Sequence> currentSequences = byName(current.sequences(), Sequence::name);
      Map<String, Sequence> targetSequences = byName(target.sequences(), Sequence::name);
      for (Sequence t : targetSequences.values()) {
        Sequence c = currentSequences.get(t.name());
        if (c == null) {
          sequenceOps.add(new Op.CreateSequence(opSchema, t));
        } else if (!rules.canonical(c).equals(rules.canonical(t))) {
          sequenceOps.add(new Op.AlterSequence(opSchema, c, t));
        }
      }
      for (Sequence c : currentSequences.values()) {
        if (!targetSequences.containsKey(c.name())) {
          sequenceDrops.add(new Op.DropSequence(opSchema, c.name(), c));
          note(DiffNote.Kind.DATA_LOSS, c.name(),
              "dropping sequence " + c.name() + " loses its current value; the downgrade starts it afresh");
        }
      }
    }

    // ---- tables ------------------------------------------------------------------------------------

    private Map<String, Table> tablesByName(Schema schema) {
      Map<String, Table> out = new TreeMap<>();
      for (Table t : schema.tables()) {
        out.put(t.name(), prepare(t, schema.name()));
      }
      return out;
    }

    /** The table as compared: without the indexes its constraints own, references to its own schema unqualified. */
    private Table prepare(Table t, String schemaName) {
      List<Index> indexes = t.indexes().stream().filter(i -> !rules.isConstraintIndex(t, i)).toList();
      List<ForeignKey> fks = t.foreignKeys().stream()
          .map(fk -> schemaName.equals(fk.referencedSchema()) ? fk.referencingSchema(null) : fk)
          .toList();
      return t.withIndexes(indexes).withForeignKeys(fks);
    }

    private void createTable(Table t) {
      // Foreign keys come later as their own ops, once every table they join exists.
      Table definition = new Table(t.name(), t.columns(), t.primaryKey(), t.uniqueConstraints(),
          t.checkConstraints(), List.of(), List.of(), t.comment());
      tableCreates.add(new Op.CreateTable(opSchema, definition));
      for (Index index : sortedByName(t.indexes(), Index::name)) {
        tableCreates.add(new Op.CreateIndex(opSchema, index, false));
      }
      for (ForeignKey fk : sortedByName(t.foreignKeys(), ForeignKey::name)) {
        foreignKeyAdds.add(new Op.AddForeignKey(opSchema, t.name(), named(t.name(), fk), false));
      }
    }

    private void dropTable(Table c) {
      for (ForeignKey fk : sortedByName(c.foreignKeys(), ForeignKey::name)) {
        foreignKeyDrops.add(dropConstraint(c.name(), fk));
      }
      for (Index index : sortedByName(c.indexes(), Index::name)) {
        tableDrops.add(new Op.DropIndex(opSchema, index.name(), index, false));
      }
      // Its foreign keys and indexes are dropped (and so re-created by the downgrade) as ops of their own.
      tableDrops.add(new Op.DropTable(opSchema, c.name(), c.withForeignKeys(List.of()).withIndexes(List.of())));
      note(DiffNote.Kind.DATA_LOSS, c.name(), "dropping table " + c.name() + " loses its data");
    }

    private void alterTable(Table c, Table t) {
      String table = t.name();
      List<Op> ops = new ArrayList<>();

      Matching<ForeignKey> fks = match(c.foreignKeys(), t.foreignKeys(), ForeignKey::name, this::signature);
      Matching<Index> indexes = match(c.indexes(), t.indexes(), Index::name, this::signature);
      Matching<CheckConstraint> checks =
          match(c.checkConstraints(), t.checkConstraints(), CheckConstraint::name, this::signature);
      Matching<UniqueConstraint> uniques =
          match(c.uniqueConstraints(), t.uniqueConstraints(), UniqueConstraint::name, this::signature);
      Matching<PrimaryKey> pks = match(listOf(c.primaryKey()), listOf(t.primaryKey()), PrimaryKey::name, PrimaryKey::columns);

      for (ForeignKey fk : fks.dropped()) {
        foreignKeyDrops.add(dropConstraint(table, fk));
      }
      // Constraints and indexes go first: a column in a primary key cannot become nullable, and a dropped
      // column would take them along silently (and the downgrade would not bring them back).
      for (Index index : indexes.dropped()) {
        ops.add(new Op.DropIndex(opSchema, index.name(), index, false));
      }
      for (CheckConstraint check : checks.dropped()) {
        ops.add(dropConstraint(table, check));
      }
      for (UniqueConstraint unique : uniques.dropped()) {
        ops.add(dropConstraint(table, unique));
      }
      for (PrimaryKey pk : pks.dropped()) {
        ops.add(dropConstraint(table, pk));
      }

      diffColumns(c, t, ops);

      for (PrimaryKey pk : pks.added()) {
        ops.add(new Op.AddPrimaryKey(opSchema, table, named(table, pk)));
        note(DiffNote.Kind.MAY_FAIL, table, "adding primary key (" + String.join(", ", pk.columns()) + ") to "
            + table + " fails if existing rows hold duplicates or NULLs");
      }
      for (UniqueConstraint unique : uniques.added()) {
        UniqueConstraint u = named(table, unique);
        ops.add(new Op.AddUniqueConstraint(opSchema, table, u));
        note(DiffNote.Kind.MAY_FAIL, table, "adding unique constraint " + u.name() + " on " + table + "("
            + String.join(", ", u.columns()) + ") fails if existing rows hold duplicates");
      }
      for (CheckConstraint check : checks.added()) {
        CheckConstraint named = named(table, check);
        ops.add(new Op.AddCheckConstraint(opSchema, table, named, false));
        note(DiffNote.Kind.MAY_FAIL, table, "adding check constraint " + named.name() + " on " + table
            + " fails if existing rows violate it");
      }
      for (Index index : indexes.added()) {
        ops.add(new Op.CreateIndex(opSchema, index, false));
        if (index.unique()) {
          note(DiffNote.Kind.MAY_FAIL, table, "creating unique index " + index.name() + " on " + table
              + " fails if existing rows hold duplicates");
        }
      }
      for (ForeignKey fk : fks.added()) {
        ForeignKey named = named(table, fk);
        foreignKeyAdds.add(new Op.AddForeignKey(opSchema, table, named, false));
        note(DiffNote.Kind.MAY_FAIL, table, "adding foreign key " + named.name() + " on " + table + "("
            + String.join(", ", named.columns()) + ") fails if existing rows reference missing "
            + named.referencedTable() + " rows");
      }
      String fromComment = blankToNull(c.comment());
      String toComment = blankToNull(t.comment());
      if (!Objects.equals(fromComment, toComment)) {
        ops.add(new Op.SetTableComment(opSchema, table, Change.of(fromComment, toComment)));
      }
      tableAlters.addAll(ops);
    }

    // ---- columns -----------------------------------------------------------------------------------

    private void diffColumns(Table c, Table t, List<Op> ops) {
      String table = t.name();
      List<Op> alters = new ArrayList<>();
      for (Column to : t.columns()) {
        Optional<Column> from = c.column(to.name());
        if (from.isEmpty()) {
          ops.add(new Op.AddColumn(opSchema, table, to));
          if (!to.nullable() && to.defaultValue() == null && to.identity() == null && to.generatedAs() == null) {
            note(DiffNote.Kind.MAY_FAIL, table + "." + to.name(), "adding " + table + "." + to.name()
                + " NOT NULL without a default fails if the table has rows");
          }
        } else {
          alterColumn(table, from.get(), to, alters);
        }
      }
      ops.addAll(alters);
      for (Column from : c.columns()) {
        if (t.column(from.name()).isEmpty()) {
          ops.add(new Op.DropColumn(opSchema, table, from.name(), from));
          note(DiffNote.Kind.DATA_LOSS, table + "." + from.name(),
              "dropping column " + table + "." + from.name() + " loses its data");
        }
      }
    }

    private void alterColumn(String table, Column from, Column to, List<Op> ops) {
      String what = table + "." + from.name();
      Change<SqlType> type = rules.sameType(from.type(), to.type()) ? null : Change.of(from.type(), to.type());
      Change<Boolean> nullable = from.nullable() == to.nullable() ? null : Change.of(from.nullable(), to.nullable());
      Change<String> defaultValue = rules.sameDefault(from.defaultValue(), to.defaultValue())
          ? null : Change.of(from.defaultValue(), to.defaultValue());
      Change<Identity> identity = rules.sameIdentity(from.identity(), to.identity())
          ? null : Change.of(from.identity(), to.identity());
      String fromComment = blankToNull(from.comment());
      String toComment = blankToNull(to.comment());
      Change<String> comment = Objects.equals(fromComment, toComment) ? null : Change.of(fromComment, toComment);
      if (!Objects.equals(expression(from.generatedAs()), expression(to.generatedAs()))) {
        note(DiffNote.Kind.MANUAL, what, "the generated expression of " + what + " changes ("
            + from.generatedAs() + " → " + to.generatedAs() + "): autogen has no op for it; write this by hand");
      }
      if (type == null && nullable == null && defaultValue == null && identity == null && comment == null) {
        return;
      }
      // No USING: the database's own assignment cast is the careful default; a NEEDS_USING note says when
      // there is none.
      ops.add(new Op.AlterColumn(opSchema, table, from.name(), type, null, nullable, defaultValue, identity, comment));
      if (type != null) {
        DialectRules.TypeChange cost = rules.typeChange(from.type(), to.type());
        String change = "changing " + what + " from " + from.type() + " to " + to.type();
        if (cost.needsUsing()) {
          note(DiffNote.Kind.NEEDS_USING, what, change + " has no automatic conversion: add a USING expression");
        } else if (cost.mayFail()) {
          note(DiffNote.Kind.MAY_FAIL, what, change + " fails if existing values do not fit");
        }
        if (cost.rewritesTable()) {
          note(DiffNote.Kind.TABLE_REWRITE, what, change + " rewrites the table");
        }
      }
      if (nullable != null && !to.nullable()) {
        if (to.defaultValue() == null && to.identity() == null) {
          note(DiffNote.Kind.MAY_FAIL, what, what + " becomes NOT NULL without a default: fails if existing rows hold NULL");
        } else {
          note(DiffNote.Kind.MAY_FAIL, what,
              what + " becomes NOT NULL: fails if existing rows hold NULL (a default does not fill them)");
        }
      }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private Op.DropConstraint dropConstraint(String table, Constraint constraint) {
      Constraint named = named(table, constraint);
      return new Op.DropConstraint(opSchema, table, named.name(), named);
    }

    @SuppressWarnings("unchecked")
    private <C extends Constraint> C named(String table, C constraint) {
      return constraint.name() != null ? constraint : (C) constraint.named(rules.constraintName(table, constraint));
    }

    private Object signature(ForeignKey fk) {
      return Arrays.asList(fk.columns(), fk.referencedSchema(), fk.referencedTable(), fk.referencedColumns(),
          fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred());
    }

    private Object signature(Index index) {
      Index i = rules.canonical(index);
      return Arrays.asList(i.elements(), i.unique(), i.where(), i.include(), i.method());
    }

    private Object signature(CheckConstraint check) {
      return rules.canonicalExpression(check.expression());
    }

    private Object signature(UniqueConstraint unique) {
      return Arrays.asList(unique.columns(), unique.nullsNotDistinct());
    }

    private String expression(String sql) {
      return sql == null ? null : rules.canonicalExpression(sql);
    }

    private void note(DiffNote.Kind kind, String subject, String text) {
      notes.add(new DiffNote(kind, subject, text));
    }
  }

  // ---- matching ------------------------------------------------------------------------------------

  /** What is only in the current list ({@code dropped}) and only in the target one ({@code added}), by name. */
  private record Matching<T>(List<T> dropped, List<T> added) {}

  /**
   * Pairs equal items of two lists: first those with the same name and signature, then those with the
   * same signature under different names (no difference: someone else named them), except where the
   * current item's name is wanted by a target item still unpaired (that is a change, and keeping the
   * old item would block the name). The rest are dropped and added, each sorted by name.
   */
  static <T> Matching<T> match(
      List<T> current, List<T> target, Function<T, String> name, Function<T, Object> signature) {
    List<T> cur = new ArrayList<>(current);
    List<T> tgt = new ArrayList<>(target);
    for (int i = 0; i < cur.size(); i++) {
      T c = cur.get(i);
      String n = name.apply(c);
      if (n == null) {
        continue;
      }
      for (int j = 0; j < tgt.size(); j++) {
        T t = tgt.get(j);
        if (n.equals(name.apply(t)) && signature.apply(c).equals(signature.apply(t))) {
          cur.remove(i--);
          tgt.remove(j);
          break;
        }
      }
    }
    for (int i = 0; i < cur.size(); i++) {
      T c = cur.get(i);
      String n = name.apply(c);
      if (n != null && tgt.stream().anyMatch(t -> n.equals(name.apply(t)))) {
        continue;
      }
      for (int j = 0; j < tgt.size(); j++) {
        if (signature.apply(c).equals(signature.apply(tgt.get(j)))) {
          cur.remove(i--);
          tgt.remove(j);
          break;
        }
      }
    }
    Comparator<T> byName = Comparator.comparing(name, NAMES).thenComparing(t -> String.valueOf(signature.apply(t)));
    cur.sort(byName);
    tgt.sort(byName);
    return new Matching<>(cur, tgt);
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> out = new TreeMap<>();
    for (T item : items) {
      out.put(name.apply(item), item);
    }
    return out;
  }

  private static <T> List<T> sortedByName(List<T> items, Function<T, String> name) {
    List<T> out = new ArrayList<>(items);
    out.sort(Comparator.comparing(name, NAMES));
    return out;
  }

  private static <T> List<T> listOf(T item) {
    return item == null ? List.of() : List.of(item);
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
