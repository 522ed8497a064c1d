package dev.autogen.lint;

import dev.autogen.diff.DialectRules;
import dev.autogen.diff.DiffNote;
import dev.autogen.diff.PostgresRules;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints the upgrade ops of one migration against the {@link Rule}s, for a PostgreSQL server version. The SQL
 * of {@code execute(...)} is read by {@link SqlReader} into ops and linted the same way.
 *
 * <p>The linter knows the migration only: a table is <em>new</em> when the migration creates it, and every
 * other table is taken to exist already, with rows, and to be in use by the running application. Rules
 * about locks, rewrites and failing statements therefore stay silent on new tables, and a foreign key's
 * index is only looked for when its columns are new (an older index cannot be seen).
 */
public final class Linter {
  private static final Pattern TIMESTAMP_WITHOUT_ZONE =
      Pattern.compile("timestamp(\\s*\\(\\s*\\d+\\s*\\))?(\\s+without\\s+time\\s+zone)?");
  private static final Pattern IS_NOT_NULL =
      Pattern.compile("\\(*\\s*(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)\\s+IS\\s+NOT\\s+NULL\\s*\\)*", Pattern.CASE_INSENSITIVE);

  private final int serverVersion;
  private final DialectRules rules = new PostgresRules();

  /** A linter for migrations that run on PostgreSQL {@code serverVersion} (a major version, e.g. 16). */
  public Linter(int serverVersion) {
    this.serverVersion = serverVersion;
  }

  /** The server version the rules assume. */
  public int serverVersion() {
    return serverVersion;
  }

  /** {@link #lint(List, List, boolean)} without the differ's notes. */
  public List<Finding> lint(List<Op> ops, boolean transactional) {
    return lint(ops, List.of(), transactional);
  }

  /**
   * The findings for a migration whose upgrade performs {@code ops}, ordered by the op they are about.
   *
   * @param notes the differ's notes for these ops, when they come from a diff: differences no op expresses
   *     (enum values removed or reordered) are linted from them
   * @param transactional whether the migration runs in a transaction ({@code @Revision(transactional)})
   */
  public List<Finding> lint(List<Op> ops, List<DiffNote> notes, boolean transactional) {
    Run run = new Run(transactional);
    for (DiffNote note : notes) {
      if (note.kind() == DiffNote.Kind.MANUAL && note.text().startsWith("enum ")) {
        run.add(Rule.ENUM_VALUES, 0, note.subject(), note.text());
      }
    }
    for (int i = 0; i < ops.size(); i++) {
      Op op = ops.get(i);
      if (op instanceof Op.Execute e) {
        for (SqlReader.Reading reading : SqlReader.read(e.sql())) {
          run.reading(i + 1, reading);
        }
      } else {
        run.op(i + 1, op);
      }
    }
    run.finish();
    List<Finding> out = new ArrayList<>(run.findings);
    out.sort(Comparator.comparingInt(Finding::step));
    return List.copyOf(out);
  }

  /** One pass over a migration's ops, with what it has learnt so far. */
  private final class Run {
    private final boolean transactional;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> newTables = new HashSet<>();
    private final Set<String> newColumns = new HashSet<>();
    private final Map<String, SqlType> columnTypes = new HashMap<>();
    private final Set<String> backfilled = new HashSet<>();
    private final Set<String> notNullChecked = new HashSet<>();
    private final Map<String, String> notValidNotNullChecks = new HashMap<>();
    private final Set<String> notValidConstraints = new HashSet<>();
    private final Set<String> createdIndexes = new HashSet<>();
    private final Map<String, List<List<String>>> leadingColumns = new HashMap<>();
    private final List<PendingForeignKey> foreignKeys = new ArrayList<>();
    private final Map<String, Integer> droppedPrimaryKeys = new LinkedHashMap<>();
    private final Set<String> createdEnums = new HashSet<>();
    private final Set<String> droppedEnums = new HashSet<>();
    private boolean lockTimeout;
    private boolean localTimeoutOutsideTransaction;
    private boolean lockReported;

    Run(boolean transactional) {
      this.transactional = transactional;
    }

    void add(Rule rule, int step, String subject, String message) {
      findings.add(new Finding(rule, step, subject, message));
    }

    void reading(int step, SqlReader.Reading reading) {
      if (reading instanceof SqlReader.Ops o) {
        for (Op op : o.ops()) {
          op(step, op);
        }
      } else if (reading instanceof SqlReader.LockTimeout t) {
        if (t.disables()) {
          lockTimeout = false;
        } else if (t.local() && !transactional) {
          localTimeoutOutsideTransaction = true;
        } else {
          lockTimeout = true;
        }
      } else if (reading instanceof SqlReader.Backfill b) {
        for (String column : b.columns()) {
          backfilled.add(key(b.schema(), b.table()) + "." + column);
        }
      } else if (reading instanceof SqlReader.EnumValueRename r) {
        add(Rule.ENUM_VALUES, step, qualified(r.schema(), r.type()), "renaming value '" + r.from() + "' of enum type "
            + qualified(r.schema(), r.type()) + " to '" + r.to() + "' breaks rows and code that use the old label");
      } else if (reading instanceof SqlReader.Unread u) {
        add(Rule.UNREAD_SQL, step, "", "cannot read \"" + excerpt(u.statement()) + "\"");
      }
    }

    void op(int step, Op op) {
      if (op instanceof Op.CreateTable o) {
        createTable(step, o.schema(), o.table());
      } else if (op instanceof Op.DropTable o) {
        if (!isNew(o.schema(), o.name())) {
          add(Rule.DROP_TABLE, step, qualified(o.schema(), o.name()),
              "dropping table " + qualified(o.schema(), o.name()) + " deletes all its rows");
          strongLock(step, "dropping table " + qualified(o.schema(), o.name()));
        }
      } else if (op instanceof Op.RenameTable o) {
        if (isNew(o.schema(), o.from())) {
          newTables.add(key(o.schema(), o.to()));
        } else {
          add(Rule.RENAME_TABLE, step, qualified(o.schema(), o.from()), "renaming table " + qualified(o.schema(), o.from())
              + " to " + o.to() + " breaks code that still reads " + o.from());
          strongLock(step, "renaming table " + qualified(o.schema(), o.from()));
        }
      } else if (op instanceof Op.AddColumn o) {
        addColumn(step, o.schema(), o.table(), o.column());
      } else if (op instanceof Op.DropColumn o) {
        String what = column(o.schema(), o.table(), o.name());
        if (!isNew(o.schema(), o.table()) && !newColumns.contains(columnKey(o.schema(), o.table(), o.name()))) {
          add(Rule.DROP_COLUMN, step, what, "dropping column " + what + " deletes its data");
        }
        existingTableLock(step, o.schema(), o.table(), "dropping column " + what);
      } else if (op instanceof Op.RenameColumn o) {
        String what = column(o.schema(), o.table(), o.from());
        if (!isNew(o.schema(), o.table()) && !newColumns.contains(columnKey(o.schema(), o.table(), o.from()))) {
          add(Rule.RENAME_COLUMN, step, what, "renaming column " + what + " to " + o.to()
              + " breaks code that still reads " + o.from());
        }
        existingTableLock(step, o.schema(), o.table(), "renaming column " + what);
      } else if (op instanceof Op.AlterColumn o) {
        alterColumn(step, o);
      } else if (op instanceof Op.CreateIndex o) {
        createIndex(step, o.schema(), o.index(), o.concurrently());
      } else if (op instanceof Op.DropIndex o) {
        if (o.concurrently() && transactional) {
          add(Rule.CONCURRENTLY_IN_TRANSACTION, step, o.name(), "dropping index " + o.name()
              + " CONCURRENTLY in a migration that runs in a transaction fails");
        }
        boolean ownTable = o.definition() != null && isNew(o.schema(), o.definition().table());
        if (!o.concurrently() && !ownTable && !createdIndexes.contains(key(o.schema(), o.name()))) {
          strongLock(step, "dropping index " + qualified(o.schema(), o.name()));
        }
      } else if (op instanceof Op.AddPrimaryKey o) {
        cover(o.schema(), o.table(), o.primaryKey().columns());
        if (!isNew(o.schema(), o.table())) {
          Integer dropped = droppedPrimaryKeys.remove(key(o.schema(), o.table()));
          add(Rule.PRIMARY_KEY_CHANGE, step, qualified(o.schema(), o.table()), (dropped != null ? "changing the primary key of "
              : "adding a primary key to existing table ") + qualified(o.schema(), o.table())
              + (o.primaryKey().columns().contains("?") ? "" : " (" + String.join(", ", o.primaryKey().columns()) + ")"));
          strongLock(step, "adding a primary key to " + qualified(o.schema(), o.table()));
        }
        integerPrimaryKey(step, o.schema(), o.table(), o.primaryKey());
      } else if (op instanceof Op.AddUniqueConstraint o) {
        cover(o.schema(), o.table(), o.constraint().columns());
        if (!isNew(o.schema(), o.table())) {
          add(Rule.UNIQUE_CONSTRAINT, step, qualified(o.schema(), o.table()), "adding unique constraint "
              + nameOr(o.constraint().name()) + "on existing table " + qualified(o.schema(), o.table()) + "("
              + String.join(", ", o.constraint().columns()) + ") blocks writes while its index is built");
          strongLock(step, "adding a unique constraint to " + qualified(o.schema(), o.table()));
        }
      } else if (op instanceof Op.AddForeignKey o) {
        addForeignKey(step, o.schema(), o.table(), o.foreignKey(), o.notValid());
      } else if (op instanceof Op.AddCheckConstraint o) {
        addCheck(step, o.schema(), o.table(), o.constraint(), o.notValid());
      } else if (op instanceof Op.ValidateConstraint o) {
        String constraint = key(o.schema(), o.table()) + "/" + o.name();
        String column = notValidNotNullChecks.remove(constraint);
        if (column != null) {
          notNullChecked.add(column);
        }
        if (notValidConstraints.contains(constraint) && transactional) {
          add(Rule.VALIDATE_IN_TRANSACTION, step, o.name(), "constraint " + o.name() + " of "
              + qualified(o.schema(), o.table()) + " is validated in the transaction that added it NOT VALID");
        }
      } else if (op instanceof Op.DropConstraint o) {
        boolean primaryKey = o.definition() instanceof PrimaryKey
            || (o.definition() == null && o.name().endsWith("_pkey"));
        if (!isNew(o.schema(), o.table())) {
          if (primaryKey) {
            droppedPrimaryKeys.put(key(o.schema(), o.table()), step);
          }
          strongLock(step, "dropping constraint " + o.name() + " of " + qualified(o.schema(), o.table()));
        }
      } else if (op instanceof Op.CreateEnumType o) {
        String type = key(o.schema(), o.type().name());
        createdEnums.add(type);
        if (droppedEnums.contains(type)) {
          recreatedEnum(step, o.schema(), o.type().name());
        }
      } else if (op instanceof Op.DropEnumType o) {
        String type = key(o.schema(), o.name());
        droppedEnums.add(type);
        if (createdEnums.contains(type)) {
          recreatedEnum(step, o.schema(), o.name());
        }
      }
      // Table comments, sequences, added enum values and inserts lock nothing for long and lose nothing.
    }

    private void createTable(int step, String schema, Table table) {
      newTables.add(key(schema, table.name()));
      for (Column c : table.columns()) {
        newColumns.add(columnKey(schema, table.name(), c.name()));
        columnTypes.put(columnKey(schema, table.name(), c.name()), c.type());
        timestamp(step, schema, table.name(), c.name(), c.type());
      }
      if (table.primaryKey() != null) {
        cover(schema, table.name(), table.primaryKey().columns());
        integerPrimaryKey(step, schema, table.name(), table.primaryKey());
      }
      for (UniqueConstraint u : table.uniqueConstraints()) {
        cover(schema, table.name(), u.columns());
      }
      for (Index index : table.indexes()) {
        createIndex(step, schema, index, false);
      }
      for (ForeignKey fk : table.foreignKeys()) {
        addForeignKey(step, schema, table.name(), fk, false);
      }
    }

    private void addColumn(int step, String schema, String table, Column c) {
      String what = column(schema, table, c.name());
      newColumns.add(columnKey(schema, table, c.name()));
      columnTypes.put(columnKey(schema, table, c.name()), c.type());
      timestamp(step, schema, table, c.name(), c.type());
      if (isNew(schema, table)) {
        return;
      }
      String rewrite = null;
      if (c.identity() != null) {
        rewrite = "adding identity column " + what + " fills every existing row from its sequence, rewriting the table";
      } else if (c.generatedAs() != null) {
        rewrite = "adding generated column " + what + " computes it for every existing row, rewriting the table";
      } else if (c.defaultValue() != null && !c.defaultValue().strip().equalsIgnoreCase("null")) {
        DefaultVolatility.Verdict v = DefaultVolatility.of(c.defaultValue());
        if (v.kind() == DefaultVolatility.Kind.VOLATILE) {
          rewrite = "adding " + what + " with the volatile default " + c.defaultValue() + " rewrites the table";
        } else if (v.kind() == DefaultVolatility.Kind.UNKNOWN) {
          rewrite = "adding " + what + " with the default " + c.defaultValue() + " rewrites the table if " + v.function()
              + "() is volatile";
        } else if (serverVersion < 11) {
          rewrite = "adding " + what + " with a default rewrites the table on PostgreSQL " + serverVersion
              + " (from 11 on, a default that is not volatile does not)";
        }
      }
      if (rewrite != null) {
        add(Rule.VOLATILE_DEFAULT, step, what, rewrite);
      }
      if (!c.nullable() && c.defaultValue() == null && c.identity() == null && c.generatedAs() == null) {
        add(Rule.SET_NOT_NULL, step, what, "adding " + what + " NOT NULL without a default fails if "
            + qualified(schema, table) + " has rows");
      }
      strongLock(step, "adding column " + what);
    }

    private void alterColumn(int step, Op.AlterColumn o) {
      String what = column(o.schema(), o.table(), o.column());
      String columnKey = columnKey(o.schema(), o.table(), o.column());
      if (o.type() != null) {
        timestamp(step, o.schema(), o.table(), o.column(), o.type().to());
      }
      if (isNew(o.schema(), o.table())) {
        return;
      }
      boolean existingColumn = !newColumns.contains(columnKey);
      if (o.type() != null && existingColumn) {
        SqlType to = o.type().to();
        SqlType from = o.type().fromKnown() ? o.type().from() : null;
        if (from != null) {
          DialectRules.TypeChange cost = rules.typeChange(from, to);
          String change = "changing " + what + " from " + from + " to " + to;
          if (cost.mayFail()) {
            add(Rule.NARROW_TYPE, step, what, change + " fails or rounds when an existing value does not fit");
          }
          if (cost.rewritesTable() || o.using() != null) {
            add(Rule.TABLE_REWRITE, step, what, change + " rewrites the table");
          }
        } else if (o.using() != null) {
          add(Rule.TABLE_REWRITE, step, what, "changing " + what + " to " + to + " using " + o.using()
              + " rewrites the table");
        } else {
          add(Rule.TABLE_REWRITE, step, what, "changing " + what + " to " + to + " rewrites the table unless it only"
              + " widens the type in place (a longer varchar, varchar to text, an unconstrained numeric)");
        }
      }
      if (o.nullable() != null && Boolean.FALSE.equals(o.nullable().to())) {
        boolean checked = serverVersion >= 12 && notNullChecked.contains(columnKey);
        if (!backfilled.contains(columnKey) && !checked) {
          String defaultNote = o.defaultValue() != null && o.defaultValue().to() != null
              ? " (its new default does not fill existing rows)" : "";
          add(Rule.SET_NOT_NULL, step, what, "SET NOT NULL on " + what + " without a backfill before it fails if a row"
              + " holds NULL" + defaultNote);
        }
      }
      boolean commentOnly = o.type() == null && o.nullable() == null && o.defaultValue() == null && o.identity() == null;
      if (!commentOnly) {
        strongLock(step, "altering column " + what);
      }
    }

    private void createIndex(int step, String schema, Index index, boolean concurrently) {
      createdIndexes.add(key(schema, index.name()));
      List<String> columns = new ArrayList<>();
      for (IndexElement e : index.elements()) {
        if (e.expression()) {
          break;
        }
        columns.add(e.value());
      }
      if (index.where() == null) {
        cover(schema, index.table(), columns);
      }
      if (concurrently && transactional) {
        add(Rule.CONCURRENTLY_IN_TRANSACTION, step, index.name(), "creating index " + index.name()
            + " CONCURRENTLY in a migration that runs in a transaction fails");
      }
      if (!concurrently && !isNew(schema, index.table())) {
        add(Rule.INDEX_NOT_CONCURRENT, step, index.name(), "creating index " + index.name() + " on existing table "
            + qualified(schema, index.table()) + " without CONCURRENTLY blocks writes until it is built");
        strongLock(step, "creating index " + index.name());
      }
    }

    private void addForeignKey(int step, String schema, String table, ForeignKey fk, boolean notValid) {
      String referencedSchema = fk.referencedSchema() == null ? schema : fk.referencedSchema();
      String name = fk.name() == null ? "" : fk.name() + " ";
      foreignKeys.add(new PendingForeignKey(step, schema, table, fk));
      boolean existing = !isNew(schema, table);
      if (notValid) {
        notValidConstraints.add(key(schema, table) + "/" + fk.name());
      } else if (existing) {
        add(Rule.CONSTRAINT_NOT_VALID, step, qualified(schema, table), "adding foreign key " + name + "on existing table "
            + qualified(schema, table) + "(" + String.join(", ", fk.columns()) + ") checks every row while blocking writes");
      }
      if (existing) {
        strongLock(step, "adding foreign key " + name + "to " + qualified(schema, table));
      } else if (!isNew(referencedSchema, fk.referencedTable())) {
        strongLock(step, "adding foreign key " + name + "referencing " + qualified(referencedSchema, fk.referencedTable()));
      }
    }

    private void addCheck(int step, String schema, String table, CheckConstraint check, boolean notValid) {
      String constraint = key(schema, table) + "/" + check.name();
      Matcher m = IS_NOT_NULL.matcher(check.expression().strip());
      String checkedColumn = m.matches() ? key(schema, table) + "." + unquote(m.group(1)) : null;
      if (isNew(schema, table)) {
        return;
      }
      if (notValid) {
        notValidConstraints.add(constraint);
        if (checkedColumn != null) {
          notValidNotNullChecks.put(constraint, checkedColumn);
        }
      } else {
        if (checkedColumn != null) {
          notNullChecked.add(checkedColumn);
        }
        add(Rule.CONSTRAINT_NOT_VALID, step, qualified(schema, table), "adding check constraint "
            + nameOr(check.name()) + "on existing table " + qualified(schema, table) + " checks every row while blocking"
            + " writes");
      }
      strongLock(step, "adding check constraint " + nameOr(check.name()) + "to " + qualified(schema, table));
    }

    private void recreatedEnum(int step, String schema, String type) {
      add(Rule.ENUM_VALUES, step, qualified(schema, type), "enum type " + qualified(schema, type)
          + " is dropped and created again: values removed or reordered break rows and code that use them");
    }

    private void integerPrimaryKey(int step, String schema, String table, PrimaryKey pk) {
      if (pk.columns().size() != 1) {
        return; // a composite key of references follows the types of the tables it references
      }
      SqlType type = columnTypes.get(columnKey(schema, table, pk.columns().get(0)));
      if (type != null && (rules.sameType(type, new SqlType("integer")) || rules.sameType(type, new SqlType("smallint")))) {
        String what = column(schema, table, pk.columns().get(0));
        add(Rule.INTEGER_PRIMARY_KEY, step, what, "primary key " + what + " is " + type);
      }
    }

    private void timestamp(int step, String schema, String table, String column, SqlType type) {
      if (TIMESTAMP_WITHOUT_ZONE.matcher(type.sql().strip().toLowerCase(Locale.ROOT)).matches()) {
        String what = column(schema, table, column);
        add(Rule.TIMESTAMP_WITHOUT_TIME_ZONE, step, what, what + " is " + type);
      }
    }

    private void existingTableLock(int step, String schema, String table, String what) {
      if (!isNew(schema, table)) {
        strongLock(step, what);
      }
    }

    /** The first strong lock taken without a lock_timeout set earlier in the migration. */
    private void strongLock(int step, String what) {
      if (lockTimeout || lockReported) {
        return;
      }
      lockReported = true;
      add(Rule.LOCK_TIMEOUT, step, "", what + " takes a strong lock with no lock_timeout set before it"
          + (localTimeoutOutsideTransaction ? " (SET LOCAL has no effect outside a transaction: use SET)" : ""));
    }

    private void cover(String schema, String table, List<String> columns) {
      if (!columns.isEmpty()) {
        leadingColumns.computeIfAbsent(key(schema, table), k -> new ArrayList<>()).add(columns);
      }
    }

    void finish() {
      for (Map.Entry<String, Integer> dropped : droppedPrimaryKeys.entrySet()) {
        add(Rule.PRIMARY_KEY_CHANGE, dropped.getValue(), dropped.getKey(), "dropping the primary key of "
            + dropped.getKey() + " leaves its rows without a key");
      }
      for (PendingForeignKey p : foreignKeys) {
        List<String> columns = p.foreignKey().columns();
        boolean allNew = columns.stream().allMatch(c -> newColumns.contains(columnKey(p.schema(), p.table(), c)));
        if (!allNew || covered(key(p.schema(), p.table()), columns)) {
          continue;
        }
        String what = qualified(p.schema(), p.table()) + "(" + String.join(", ", columns) + ")";
        add(Rule.FOREIGN_KEY_WITHOUT_INDEX, p.step(), what, "foreign key " + nameOr(p.foreignKey().name()) + "on "
            + what + " has no index on its columns");
      }
    }

    private boolean covered(String table, List<String> columns) {
      Set<String> wanted = new HashSet<>(columns);
      for (List<String> leading : leadingColumns.getOrDefault(table, List.of())) {
        if (leading.size() >= wanted.size() && new HashSet<>(leading.subList(0, wanted.size())).equals(wanted)) {
          return true;
        }
      }
      return false;
    }

    private boolean isNew(String schema, String table) {
      return newTables.contains(key(schema, table));
    }
  }

  /** A foreign key added in the migration, checked for an index once every op is seen. */
  private record PendingForeignKey(int step, String schema, String table, ForeignKey foreignKey) {}

  /** The table's key: unqualified in the default schema, whether written {@code public.t} or {@code t}. */
  private static String key(String schema, String name) {
    return schema == null || schema.equals("public") ? name : schema + "." + name;
  }

  private static String columnKey(String schema, String table, String column) {
    return key(schema, table) + "." + column;
  }

  private static String qualified(String schema, String name) {
    return schema == null ? name : schema + "." + name;
  }

  private static String column(String schema, String table, String column) {
    return qualified(schema, table) + "." + column;
  }

  private static String nameOr(String name) {
    return name == null ? "" : name + " ";
  }

  private static String unquote(String name) {
    return name.startsWith("\"") ? name.substring(1, name.length() - 1) : name.toLowerCase(Locale.ROOT);
  }

  private static String excerpt(String sql) {
    String one = sql.replaceAll("\\s+", " ").strip();
    return one.length() > 70 ? one.substring(0, 67) + "..." : one;
  }
}
