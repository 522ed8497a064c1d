package dev.autogen.diff;

import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.Constraint;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dependency sort of a list of ops: each op says which objects it creates, needs, destroys, refers to
 * while it exists, or needs gone, and the ops are ordered so that
 * <ul>
 *   <li>an object is created before the ops that need it (tables before the foreign keys into them, enum
 *       types before the columns of that type, sequences before the defaults calling nextval);</li>
 *   <li>whatever refers to an object is dropped before the object (foreign keys before the tables and
 *       columns they reference, columns before their enum type and sequence);</li>
 *   <li>a name is freed before it is taken again (a constraint dropped and added under the same name);</li>
 *   <li>a column leaves the primary key before it becomes nullable;</li>
 *   <li>an index or check constraint is dropped before, and created after, the columns its expressions mention.</li>
 * </ul>
 * Among the orders that satisfy these, the one closest to the given order is chosen (each step takes the
 * earliest op that is free to go), so an order that already runs is returned unchanged.
 *
 * <p>Object keys: {@code T:table}, {@code C:table.column}, {@code E:enum}, {@code S:sequence},
 * {@code K:table.constraint}, {@code I:index-or-constraint-index}, {@code U:table(sorted key columns)} (what a
 * foreign key can reference), {@code P:table.column} (a column in the primary key).
 */
final class OpOrder {
  /** A string literal (skipped), a quoted identifier (group 1) or a plain word (group 2). */
  private static final Pattern IDENTIFIER = Pattern.compile("'(?:[^']|'')*'|\"((?:[^\"]|\"\")+)\"|([A-Za-z_][A-Za-z0-9_$]*)");
  private static final Pattern NEXTVAL = Pattern.compile("nextval\\('([^']+)'", Pattern.CASE_INSENSITIVE);

  private OpOrder() {}

  /** The ops in an order that runs, or null when their dependencies form a cycle. */
  static List<Op> sort(List<Op> ops) {
    int n = ops.size();
    List<Deps> deps = new ArrayList<>(n);
    for (Op op : ops) {
      deps.add(Deps.of(op));
    }
    Map<String, List<Integer>> creators = index(deps, d -> d.creates);
    Map<String, List<Integer>> needers = index(deps, d -> d.needs);
    Map<String, List<Integer>> destroyers = index(deps, d -> d.destroys);
    Map<String, List<Integer>> referrers = index(deps, d -> d.refs);
    Map<String, List<Integer>> absentees = index(deps, d -> d.requiresAbsent);

    List<Set<Integer>> after = new ArrayList<>(n); // after.get(a): ops that must come after a
    for (int i = 0; i < n; i++) {
      after.add(new TreeSet<>());
    }
    for (Map.Entry<String, List<Integer>> e : creators.entrySet()) {
      for (int a : e.getValue()) {
        for (int b : needers.getOrDefault(e.getKey(), List.of())) {
          after.get(a).add(b);
        }
      }
    }
    for (Map.Entry<String, List<Integer>> e : destroyers.entrySet()) {
      String key = e.getKey();
      for (int a : e.getValue()) {
        for (int b : referrers.getOrDefault(key, List.of())) {
          if (!deps.get(b).creates.contains(key)) {
            after.get(b).add(a);
          }
        }
        for (int b : creators.getOrDefault(key, List.of())) {
          after.get(a).add(b);
        }
        for (int b : absentees.getOrDefault(key, List.of())) {
          after.get(a).add(b);
        }
      }
    }
    int[] incoming = new int[n];
    for (int a = 0; a < n; a++) {
      after.get(a).remove(a);
      for (int b : after.get(a)) {
        incoming[b]++;
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      if (incoming[i] == 0) {
        ready.add(i);
      }
    }
    List<Op> out = new ArrayList<>(n);
    while (!ready.isEmpty()) {
      int a = ready.poll();
      out.add(ops.get(a));
      for (int b : after.get(a)) {
        if (--incoming[b] == 0) {
          ready.add(b);
        }
      }
    }
    return out.size() == n ? out : null;
  }

  private static Map<String, List<Integer>> index(List<Deps> deps, java.util.function.Function<Deps, Set<String>> part) {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int i = 0; i < deps.size(); i++) {
      for (String key : part.apply(deps.get(i))) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    return out;
  }

  /** The objects one op creates, needs, destroys, refers to, and needs gone. */
  private static final class Deps {
    final Set<String> creates = new LinkedHashSet<>();
    final Set<String> needs = new LinkedHashSet<>();
    final Set<String> destroys = new LinkedHashSet<>();
    final Set<String> refs = new LinkedHashSet<>();
    final Set<String> requiresAbsent = new LinkedHashSet<>();

    static Deps of(Op op) {
      Deps d = new Deps();
      if (op instanceof Op.CreateTable o) {
        Table t = o.table();
        d.creates.add(table(t.name()));
        for (Column c : t.columns()) {
          d.creates.add(column(t.name(), c.name()));
          d.columnNeeds(c.type(), c.defaultValue(), d.needs);
        }
        for (Constraint c : t.elements().stream().filter(Constraint.class::isInstance).map(Constraint.class::cast).toList()) {
          d.constraint(t.name(), c, d.creates, d.needs);
        }
      } else if (op instanceof Op.DropTable o) {
        d.destroys.add(table(o.name()));
        Table t = o.definition();
        if (t != null) {
          for (Column c : t.columns()) {
            d.destroys.add(column(t.name(), c.name()));
            d.columnNeeds(c.type(), c.defaultValue(), d.refs);
          }
          for (Constraint c : t.elements().stream().filter(Constraint.class::isInstance).map(Constraint.class::cast).toList()) {
            Set<String> refs = new LinkedHashSet<>();
            d.constraint(t.name(), c, d.destroys, refs);
            refs.removeAll(d.destroys);
            d.refs.addAll(refs);
          }
        }
      } else if (op instanceof Op.AddColumn o) {
        d.needs.add(table(o.table()));
        d.creates.add(column(o.table(), o.column().name()));
        d.columnNeeds(o.column().type(), o.column().defaultValue(), d.needs);
      } else if (op instanceof Op.DropColumn o) {
        d.destroys.add(column(o.table(), o.name()));
        d.refs.add(table(o.table()));
        if (o.definition() != null) {
          d.columnNeeds(o.definition().type(), o.definition().defaultValue(), d.refs);
        }
      } else if (op instanceof Op.AlterColumn o) {
        d.needs.add(column(o.table(), o.column()));
        if (o.type() != null) {
          d.columnNeeds(o.type().to(), null, d.needs);
          if (o.type().fromKnown()) {
            d.columnNeeds(o.type().from(), null, d.refs);
          }
        }
        if (o.defaultValue() != null) {
          d.columnNeeds(null, o.defaultValue().to(), d.needs);
          if (o.defaultValue().fromKnown()) {
            d.columnNeeds(null, o.defaultValue().from(), d.refs);
          }
        }
        if (o.nullable() != null && Boolean.TRUE.equals(o.nullable().to())) {
          d.requiresAbsent.add(primaryKeyColumn(o.table(), o.column()));
        }
      } else if (op instanceof Op.CreateIndex o) {
        d.index(o.index(), d.creates, d.needs);
      } else if (op instanceof Op.DropIndex o) {
        d.destroys.add("I:" + o.name());
        if (o.definition() != null) {
          d.index(o.definition(), d.destroys, d.refs);
        }
      } else if (op instanceof Op.AddPrimaryKey o) {
        d.constraint(o.table(), o.primaryKey(), d.creates, d.needs);
      } else if (op instanceof Op.AddUniqueConstraint o) {
        d.constraint(o.table(), o.constraint(), d.creates, d.needs);
      } else if (op instanceof Op.AddForeignKey o) {
        d.constraint(o.table(), o.foreignKey(), d.creates, d.needs);
      } else if (op instanceof Op.AddCheckConstraint o) {
        d.constraint(o.table(), o.constraint(), d.creates, d.needs);
      } else if (op instanceof Op.DropConstraint o) {
        d.destroys.add("K:" + o.table() + "." + o.name());
        if (o.definition() != null) {
          d.constraint(o.table(), o.definition().named(o.name()), d.destroys, d.refs);
        } else {
          d.refs.add(table(o.table()));
        }
      } else if (op instanceof Op.ValidateConstraint o) {
        d.needs.add("K:" + o.table() + "." + o.name());
      } else if (op instanceof Op.SetTableComment o) {
        d.needs.add(table(o.table()));
      } else if (op instanceof Op.CreateSequence o) {
        d.creates.add("S:" + o.sequence().name());
      } else if (op instanceof Op.AlterSequence o) {
        d.needs.add("S:" + o.to().name());
      } else if (op instanceof Op.DropSequence o) {
        d.destroys.add("S:" + o.name());
      } else if (op instanceof Op.CreateEnumType o) {
        d.creates.add("E:" + o.type().name());
      } else if (op instanceof Op.DropEnumType o) {
        d.destroys.add("E:" + o.name());
      } else if (op instanceof Op.AddEnumValue o) {
        d.needs.add("E:" + o.type());
      }
      // Renames, raw SQL and inserts are never produced by the differ; they keep their place.
      return d;
    }

    /** A column's type (an enum type, perhaps) and default (a sequence, perhaps) into {@code into}. */
    void columnNeeds(SqlType type, String defaultValue, Set<String> into) {
      if (type != null) {
        into.add("E:" + typeName(type.sql()));
      }
      if (defaultValue != null) {
        Matcher m = NEXTVAL.matcher(defaultValue);
        while (m.find()) {
          into.add("S:" + unqualified(m.group(1)));
        }
      }
    }

    /** What a constraint on {@code table} brings into being ({@code made}) and what it needs ({@code used}). */
    void constraint(String table, Constraint c, Set<String> made, Set<String> used) {
      used.add(table(table));
      if (c.name() != null) {
        made.add("K:" + table + "." + c.name());
      }
      if (c instanceof PrimaryKey pk) {
        keyColumns(table, c.name(), pk.columns(), made, used);
        for (String column : pk.columns()) {
          made.add(primaryKeyColumn(table, column));
        }
      } else if (c instanceof UniqueConstraint u) {
        keyColumns(table, c.name(), u.columns(), made, used);
      } else if (c instanceof ForeignKey fk) {
        for (String column : fk.columns()) {
          used.add(column(table, column));
        }
        if (fk.referencedSchema() == null) {
          used.add(table(fk.referencedTable()));
          for (String column : fk.referencedColumns()) {
            used.add(column(fk.referencedTable(), column));
          }
          used.add(key(fk.referencedTable(), fk.referencedColumns()));
        }
      } else if (c instanceof CheckConstraint check) {
        mentionedColumns(table, check.expression(), used);
      }
    }

    private void keyColumns(String table, String name, List<String> columns, Set<String> made, Set<String> used) {
      for (String column : columns) {
        used.add(column(table, column));
      }
      if (name != null) {
        made.add("I:" + name);
      }
      made.add(key(table, columns));
    }

    void index(Index index, Set<String> made, Set<String> used) {
      made.add("I:" + index.name());
      used.add(table(index.table()));
      boolean plain = index.where() == null;
      List<String> columns = new ArrayList<>();
      if (index.where() != null) {
        mentionedColumns(index.table(), index.where(), used);
      }
      for (IndexElement e : index.elements()) {
        if (e.expression()) {
          mentionedColumns(index.table(), e.value(), used);
          plain = false;
        } else {
          used.add(column(index.table(), e.value()));
          columns.add(e.value());
        }
      }
      for (String column : index.include()) {
        used.add(column(index.table(), column));
      }
      if (index.unique() && plain) {
        made.add(key(index.table(), columns));
      }
    }
  }

  /**
   * Every identifier in an expression, as a column of {@code table}: words that are not columns (functions,
   * keywords) name nothing any op creates or destroys, so they add no order.
   */
  private static void mentionedColumns(String table, String expression, Set<String> into) {
    Matcher m = IDENTIFIER.matcher(expression);
    while (m.find()) {
      if (m.group(1) != null) {
        into.add(column(table, m.group(1).replace("\"\"", "\"")));
      } else if (m.group(2) != null) {
        into.add(column(table, m.group(2)));
      }
    }
  }

  private static String table(String name) {
    return "T:" + name;
  }

  private static String column(String table, String column) {
    return "C:" + table + "." + column;
  }

  private static String primaryKeyColumn(String table, String column) {
    return "P:" + table + "." + column;
  }

  /** A set of columns a foreign key can reference; order does not matter to PostgreSQL. */
  private static String key(String table, List<String> columns) {
    return "U:" + table + new TreeSet<>(columns);
  }

  /** The type's name without array brackets, quotes or schema: how an enum type is named. */
  private static String typeName(String sql) {
    String s = sql.trim();
    while (s.endsWith("[]")) {
      s = s.substring(0, s.length() - 2).trim();
    }
    return unqualified(s);
  }

  private static String unqualified(String name) {
    String s = name.replace("::regclass", "");
    int dot = s.lastIndexOf('.');
    if (dot >= 0 && s.indexOf('"') < 0) {
      s = s.substring(dot + 1);
    } else if (s.startsWith("\"") && s.lastIndexOf("\".\"") >= 0) {
      s = s.substring(s.lastIndexOf("\".\"") + 2);
    }
    return s.replace("\"", "");
  }
}
