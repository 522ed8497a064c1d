package dev.autogen.diff;

import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.Constraint;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ops applied to a schema model, refusing what PostgreSQL refuses (a foreign key to a missing table, a
 * table dropped while referenced, a type dropped while used, a primary key column made nullable) and,
 * stricter than PostgreSQL, what would make a downgrade incomplete (a column or table dropped with
 * indexes or constraints still on it, an alter whose recorded old value is not the current one).
 */
final class SchemaModel {
  private static final Pattern NEXTVAL = Pattern.compile("nextval\\('([^']+)'");

  private final String name;
  private final Map<String, Table> tables = new TreeMap<>();
  private final Map<String, Sequence> sequences = new TreeMap<>();
  private final Map<String, EnumType> enums = new TreeMap<>();
  /** Enum type and sequence names of both sides, so a use of one that does not exist yet is caught. */
  private final Set<String> knownEnums;
  private final Set<String> knownSequences;

  private SchemaModel(Schema start, Set<String> knownEnums, Set<String> knownSequences) {
    this.name = start.name();
    DialectRules rules = new PostgresRules();
    for (Table t : start.tables()) {
      tables.put(t.name(), t.withIndexes(t.indexes().stream().filter(i -> !rules.isConstraintIndex(t, i)).toList()));
    }
    start.sequences().forEach(s -> sequences.put(s.name(), s));
    start.enumTypes().forEach(e -> enums.put(e.name(), e));
    this.knownEnums = knownEnums;
    this.knownSequences = knownSequences;
  }

  /** {@code ops} applied in order to {@code start}; {@code other} names the enum types and sequences to watch. */
  static Schema apply(Schema start, List<Op> ops, Schema other) {
    Set<String> enumNames = new HashSet<>();
    Set<String> sequenceNames = new HashSet<>();
    for (Schema s : List.of(start, other)) {
      s.enumTypes().forEach(e -> enumNames.add(e.name()));
      s.sequences().forEach(q -> sequenceNames.add(q.name()));
    }
    SchemaModel model = new SchemaModel(start, enumNames, sequenceNames);
    for (Op op : ops) {
      try {
        model.apply(op);
      } catch (IllegalStateException e) {
        throw new IllegalStateException(op + ": " + e.getMessage(), e);
      }
    }
    return model.schema();
  }

  Schema schema() {
    return new Schema(name, List.copyOf(tables.values()), List.copyOf(sequences.values()), List.copyOf(enums.values()));
  }

  /** A schema in one order (tables, columns, constraints, indexes by name) for comparing with equals. */
  static Schema canonical(Schema s) {
    DialectRules rules = new PostgresRules();
    List<Table> tables = new ArrayList<>();
    for (Table t : s.tables()) {
      List<Column> columns = new ArrayList<>(t.columns());
      columns.sort(Comparator.comparing(Column::name)); // a re-added column comes last; position is not compared
      List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
      uniques.sort(Comparator.comparing(UniqueConstraint::name, Comparator.nullsLast(Comparator.naturalOrder())));
      List<CheckConstraint> checks = new ArrayList<>(t.checkConstraints());
      checks.sort(Comparator.comparing(CheckConstraint::name, Comparator.nullsLast(Comparator.naturalOrder())));
      List<ForeignKey> fks = new ArrayList<>();
      for (ForeignKey fk : t.foreignKeys()) {
        fks.add(s.name().equals(fk.referencedSchema()) ? fk.referencingSchema(null) : fk);
      }
      fks.sort(Comparator.comparing(ForeignKey::name, Comparator.nullsLast(Comparator.naturalOrder())));
      List<Index> indexes = new ArrayList<>(t.indexes().stream().filter(i -> !rules.isConstraintIndex(t, i)).toList());
      indexes.sort(Comparator.comparing(Index::name));
      tables.add(new Table(t.name(), columns, t.primaryKey(), uniques, checks, fks, indexes, t.comment()));
    }
    tables.sort(Comparator.comparing(Table::name));
    List<Sequence> sequences = new ArrayList<>(s.sequences());
    sequences.sort(Comparator.comparing(Sequence::name));
    List<EnumType> enums = new ArrayList<>(s.enumTypes());
    enums.sort(Comparator.comparing(EnumType::name));
    return new Schema(s.name(), tables, sequences, enums);
  }

  private void apply(Op op) {
    if (op instanceof Op.CreateTable o) {
      Table t = o.table();
      check(!tables.containsKey(t.name()), "table " + t.name() + " exists");
      tables.put(t.name(), new Table(t.name(), List.of(), null, List.of(), List.of(), List.of(), List.of(), t.comment()));
      for (Column c : t.columns()) {
        apply(new Op.AddColumn(o.schema(), t.name(), c));
      }
      for (Constraint c : t.elements().stream().filter(Constraint.class::isInstance).map(Constraint.class::cast).toList()) {
        addConstraint(t.name(), c);
      }
    } else if (op instanceof Op.DropTable o) {
      Table t = table(o.name());
      check(t.foreignKeys().isEmpty() && t.indexes().isEmpty(), "table " + o.name() + " still has foreign keys or indexes");
      check(Objects.equals(o.definition(), t), "the recorded definition of " + o.name() + " is not the table: " + o.definition() + " vs " + t);
      for (Table other : tables.values()) {
        for (ForeignKey fk : other.foreignKeys()) {
          check(other.name().equals(t.name()) || !fk.referencedTable().equals(t.name()),
              "foreign key " + fk.name() + " of " + other.name() + " references " + t.name());
        }
      }
      tables.remove(o.name());
    } else if (op instanceof Op.AddColumn o) {
      Table t = table(o.table());
      check(t.column(o.column().name()).isEmpty(), "column " + o.column().name() + " exists");
      checkUses(o.column().type().sql(), o.column().defaultValue());
      List<Column> columns = new ArrayList<>(t.columns());
      columns.add(o.column());
      tables.put(t.name(), t.withColumns(columns));
    } else if (op instanceof Op.DropColumn o) {
      Table t = table(o.table());
      Column c = t.column(o.name()).orElseThrow(() -> new IllegalStateException("no column " + o.name()));
      check(Objects.equals(o.definition(), c), "recorded column " + o.definition() + " is not " + c);
      check(!usedByTable(t, c.name()), "column " + t.name() + "." + c.name() + " still has constraints or indexes");
      for (Table other : tables.values()) {
        for (ForeignKey fk : other.foreignKeys()) {
          check(!(fk.referencedTable().equals(t.name()) && fk.referencedColumns().contains(c.name())),
              "column " + c.name() + " is referenced by " + fk.name());
        }
      }
      tables.put(t.name(), t.withColumns(t.columns().stream().filter(x -> !x.name().equals(c.name())).toList()));
    } else if (op instanceof Op.AlterColumn o) {
      Table t = table(o.table());
      Column c = t.column(o.column()).orElseThrow(() -> new IllegalStateException("no column " + o.column()));
      c = c.withType(changed(o.type(), c.type(), "type"));
      c = c.withNullable(changed(o.nullable(), c.nullable(), "nullable"));
      c = c.defaultValue(changed(o.defaultValue(), c.defaultValue(), "default"));
      boolean nullable = c.nullable();
      c = c.identity(changed(o.identity(), c.identity(), "identity")).withNullable(nullable);
      c = c.comment(changed(o.comment(), c.comment(), "comment"));
      if (c.nullable()) {
        check(t.primaryKey() == null || !t.primaryKey().columns().contains(c.name()), c.name() + " is in the primary key");
      }
      checkUses(c.type().sql(), c.defaultValue());
      String columnName = c.name();
      Column altered = c;
      tables.put(t.name(), t.withColumns(t.columns().stream().map(x -> x.name().equals(columnName) ? altered : x).toList()));
    } else if (op instanceof Op.CreateIndex o) {
      Table t = table(o.index().table());
      checkNameFree(o.index().name());
      for (IndexElement e : o.index().elements()) {
        check(e.expression() || t.column(e.value()).isPresent(), "no column " + e.value());
      }
      List<Index> indexes = new ArrayList<>(t.indexes());
      indexes.add(o.index());
      tables.put(t.name(), t.withIndexes(indexes));
    } else if (op instanceof Op.DropIndex o) {
      Table t = tables.values().stream().filter(x -> x.indexes().stream().anyMatch(i -> i.name().equals(o.name())))
          .findFirst().orElseThrow(() -> new IllegalStateException("no index " + o.name()));
      Index index = t.indexes().stream().filter(i -> i.name().equals(o.name())).findFirst().orElseThrow();
      check(Objects.equals(o.definition(), index), "recorded index " + o.definition() + " is not " + index);
      tables.put(t.name(), t.withIndexes(t.indexes().stream().filter(i -> i != index).toList()));
    } else if (op instanceof Op.AddPrimaryKey o) {
      addConstraint(o.table(), o.primaryKey());
    } else if (op instanceof Op.AddUniqueConstraint o) {
      addConstraint(o.table(), o.constraint());
    } else if (op instanceof Op.AddCheckConstraint o) {
      addConstraint(o.table(), o.constraint());
    } else if (op instanceof Op.AddForeignKey o) {
      addConstraint(o.table(), o.foreignKey());
    } else if (op instanceof Op.DropConstraint o) {
      dropConstraint(o);
    } else if (op instanceof Op.SetTableComment o) {
      Table t = table(o.table());
      tables.put(t.name(), t.withComment(changed(o.comment(), t.comment(), "comment")));
    } else if (op instanceof Op.CreateSequence o) {
      check(!sequences.containsKey(o.sequence().name()), "sequence exists");
      sequences.put(o.sequence().name(), o.sequence());
    } else if (op instanceof Op.AlterSequence o) {
      check(Objects.equals(sequences.get(o.to().name()), o.from()), "recorded sequence is not the current one");
      sequences.put(o.to().name(), o.to());
    } else if (op instanceof Op.DropSequence o) {
      check(Objects.equals(sequences.get(o.name()), o.definition()), "recorded sequence is not the current one");
      for (Table t : tables.values()) {
        for (Column c : t.columns()) {
          check(c.defaultValue() == null || !sequencesOf(c.defaultValue()).contains(o.name()), "sequence used by " + c.name());
        }
      }
      sequences.remove(o.name());
    } else if (op instanceof Op.CreateEnumType o) {
      check(!enums.containsKey(o.type().name()), "type exists");
      enums.put(o.type().name(), o.type());
    } else if (op instanceof Op.DropEnumType o) {
      check(Objects.equals(enums.get(o.name()), o.definition()), "recorded type is not the current one");
      for (Table t : tables.values()) {
        for (Column c : t.columns()) {
          check(!c.type().sql().replace("[]", "").equals(o.name()), "type used by " + t.name() + "." + c.name());
        }
      }
      enums.remove(o.name());
    } else if (op instanceof Op.AddEnumValue o) {
      EnumType e = enums.get(o.type());
      check(e != null && !e.values().contains(o.value()), "cannot add " + o.value());
      List<String> values = new ArrayList<>(e.values());
      if (o.before() != null) {
        check(values.contains(o.before()), "no value " + o.before());
        values.add(values.indexOf(o.before()), o.value());
      } else if (o.after() != null) {
        check(values.contains(o.after()), "no value " + o.after());
        values.add(values.indexOf(o.after()) + 1, o.value());
      } else {
        values.add(o.value());
      }
      enums.put(e.name(), new EnumType(e.name(), values));
    } else {
      throw new IllegalStateException("the model does not apply " + op);
    }
  }

  private void addConstraint(String tableName, Constraint c) {
    Table t = table(tableName);
    if (c.name() != null) {
      check(constraints(t).stream().noneMatch(x -> c.name().equals(x.name())), "constraint " + c.name() + " exists on " + tableName);
    }
    if (c instanceof PrimaryKey pk) {
      check(t.primaryKey() == null, tableName + " has a primary key");
      checkColumns(t, pk.columns());
      if (pk.name() != null) {
        checkNameFree(pk.name());
      }
      // PostgreSQL makes primary key columns NOT NULL.
      List<Column> columns = t.columns().stream().map(x -> pk.columns().contains(x.name()) ? x.notNull() : x).toList();
      tables.put(tableName, new Table(tableName, columns, pk, t.uniqueConstraints(), t.checkConstraints(),
          t.foreignKeys(), t.indexes(), t.comment()));
    } else if (c instanceof UniqueConstraint u) {
      checkColumns(t, u.columns());
      if (u.name() != null) {
        checkNameFree(u.name());
      }
      List<UniqueConstraint> uniques = new ArrayList<>(t.uniqueConstraints());
      uniques.add(u);
      tables.put(tableName, new Table(tableName, t.columns(), t.primaryKey(), uniques, t.checkConstraints(),
          t.foreignKeys(), t.indexes(), t.comment()));
    } else if (c instanceof CheckConstraint ch) {
      List<CheckConstraint> checks = new ArrayList<>(t.checkConstraints());
      checks.add(ch);
      tables.put(tableName, new Table(tableName, t.columns(), t.primaryKey(), t.uniqueConstraints(), checks,
          t.foreignKeys(), t.indexes(), t.comment()));
    } else if (c instanceof ForeignKey fk) {
      checkColumns(t, fk.columns());
      Table referenced = table(fk.referencedTable());
      checkColumns(referenced, fk.referencedColumns());
      check(keys(referenced).contains(new TreeSet<>(fk.referencedColumns())),
          "no unique key on " + referenced.name() + fk.referencedColumns());
      List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
      fks.add(fk);
      tables.put(tableName, t.withForeignKeys(fks));
    }
  }

  private void dropConstraint(Op.DropConstraint o) {
    Table t = table(o.table());
    Constraint found = constraints(t).stream().filter(x -> o.name().equals(x.name())).findFirst()
        .orElseThrow(() -> new IllegalStateException("no constraint " + o.name() + " on " + t.name()));
    check(Objects.equals(o.definition(), found), "recorded constraint " + o.definition() + " is not " + found);
    if (found instanceof PrimaryKey || found instanceof UniqueConstraint) {
      List<String> columns = found instanceof PrimaryKey pk ? pk.columns() : ((UniqueConstraint) found).columns();
      for (Table other : tables.values()) {
        for (ForeignKey fk : other.foreignKeys()) {
          check(!(fk.referencedTable().equals(t.name()) && new TreeSet<>(fk.referencedColumns()).equals(new TreeSet<>(columns))),
              "constraint " + o.name() + " is needed by foreign key " + fk.name() + " of " + other.name());
        }
      }
    }
    tables.put(t.name(), new Table(t.name(), t.columns(),
        found == t.primaryKey() ? null : t.primaryKey(),
        t.uniqueConstraints().stream().filter(x -> x != found).toList(),
        t.checkConstraints().stream().filter(x -> x != found).toList(),
        t.foreignKeys().stream().filter(x -> x != found).toList(), t.indexes(), t.comment()));
  }

  private <T> T changed(Change<T> change, T current, String what) {
    if (change == null) {
      return current;
    }
    check(change.fromKnown(), "the old " + what + " is not recorded");
    check(Objects.equals(change.from(), current), "recorded old " + what + " " + change.from() + " is not " + current);
    return change.to();
  }

  private void checkUses(String type, String defaultValue) {
    String typeName = type.replace("[]", "");
    check(!knownEnums.contains(typeName) || enums.containsKey(typeName), "type " + typeName + " does not exist yet");
    if (defaultValue != null) {
      for (String seq : sequencesOf(defaultValue)) {
        check(!knownSequences.contains(seq) || sequences.containsKey(seq), "sequence " + seq + " does not exist yet");
      }
    }
  }

  private static List<String> sequencesOf(String defaultValue) {
    List<String> out = new ArrayList<>();
    Matcher m = NEXTVAL.matcher(defaultValue);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private void checkNameFree(String relation) {
    for (Table t : tables.values()) {
      check(t.indexes().stream().noneMatch(i -> i.name().equals(relation)), "index name " + relation + " is taken");
      check(!(t.primaryKey() != null && relation.equals(t.primaryKey().name())), "name " + relation + " is taken");
      check(t.uniqueConstraints().stream().noneMatch(u -> relation.equals(u.name())), "name " + relation + " is taken");
    }
  }

  private static void checkColumns(Table t, List<String> columns) {
    for (String c : columns) {
      check(t.column(c).isPresent(), "no column " + t.name() + "." + c);
    }
  }

  private static boolean usedByTable(Table t, String column) {
    for (Constraint c : constraints(t)) {
      List<String> columns = c instanceof PrimaryKey pk ? pk.columns()
          : c instanceof UniqueConstraint u ? u.columns()
          : c instanceof ForeignKey fk ? fk.columns()
          : List.of();
      if (columns.contains(column)) {
        return true;
      }
      if (c instanceof CheckConstraint ch && ch.expression().matches(".*\\b" + column + "\\b.*")) {
        return true;
      }
    }
    return t.indexes().stream().anyMatch(i -> i.elements().stream().anyMatch(e -> !e.expression() && e.value().equals(column)));
  }

  private static List<Constraint> constraints(Table t) {
    List<Constraint> out = new ArrayList<>();
    if (t.primaryKey() != null) {
      out.add(t.primaryKey());
    }
    out.addAll(t.uniqueConstraints());
    out.addAll(t.checkConstraints());
    out.addAll(t.foreignKeys());
    return out;
  }

  private static Set<Set<String>> keys(Table t) {
    Set<Set<String>> out = new HashSet<>();
    if (t.primaryKey() != null) {
      out.add(new TreeSet<>(t.primaryKey().columns()));
    }
    t.uniqueConstraints().forEach(u -> out.add(new TreeSet<>(u.columns())));
    t.indexes().stream().filter(i -> i.unique() && i.where() == null && i.elements().stream().noneMatch(IndexElement::expression))
        .forEach(i -> out.add(new TreeSet<>(i.elements().stream().map(IndexElement::value).toList())));
    return out;
  }

  private Table table(String tableName) {
    Table t = tables.get(tableName);
    check(t != null, "no table " + tableName);
    return t;
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
