package dev.autogen.lint;

import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.TableElement;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the SQL of {@code execute(...)} well enough to lint it: each statement becomes the {@link Op}s it
 * performs, so the same rules check hand-written SQL and ops alike. Keywords are matched case-insensitively,
 * names may be quoted or not and qualified by a schema; comments, string literals and dollar quotes are
 * skipped when statements are split at {@code ;}.
 *
 * <p>Understood forms (anything else that starts with {@code ALTER}, {@code CREATE}, {@code DROP} or
 * {@code TRUNCATE} is {@link Unread}; other statements are {@link Other}):
 * <ul>
 *   <li>{@code CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] t (columns and constraints)}, and
 *       {@code CREATE TABLE t AS ...} / {@code PARTITION OF ...} as a new table without columns;</li>
 *   <li>{@code DROP TABLE [IF EXISTS] t, ...};</li>
 *   <li>{@code ALTER TABLE [IF EXISTS] [ONLY] t} with {@code RENAME TO}, {@code RENAME [COLUMN] a TO b}, or
 *       actions separated by commas: {@code ADD [COLUMN] [IF NOT EXISTS] c type [NOT NULL] [DEFAULT e]
 *       [PRIMARY KEY|UNIQUE|REFERENCES r [(c)]|CHECK (e)|GENERATED ...]}, {@code DROP [COLUMN] [IF EXISTS] c},
 *       {@code ALTER [COLUMN] c [SET DATA] TYPE type [USING e]}, {@code ALTER [COLUMN] c SET|DROP NOT NULL},
 *       {@code ALTER [COLUMN] c SET DEFAULT e|DROP DEFAULT}, {@code ADD [CONSTRAINT n] PRIMARY KEY (..)|UNIQUE
 *       (..)|CHECK (..)|FOREIGN KEY (..) REFERENCES r [(..)] [NOT VALID]}, {@code ADD ... USING INDEX i},
 *       {@code DROP CONSTRAINT [IF EXISTS] n}, {@code VALIDATE CONSTRAINT n};</li>
 *   <li>{@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] t [USING m] (...)};
 *       {@code DROP INDEX [CONCURRENTLY] [IF EXISTS] i, ...};</li>
 *   <li>{@code CREATE TYPE t AS ENUM (...)}, {@code ALTER TYPE t ADD VALUE ...}, {@code ALTER TYPE t RENAME
 *       VALUE ...}, {@code DROP TYPE t, ...};</li>
 *   <li>{@code SET [LOCAL|SESSION] lock_timeout ...} and {@code SELECT set_config('lock_timeout', ...)};</li>
 *   <li>{@code UPDATE t SET c = ..., ...} (a backfill of those columns).</li>
 * </ul>
 * Types and expressions are kept as written; a column's type is compared as PostgreSQL would spell it.
 */
public final class SqlReader {
  private SqlReader() {}

  /** What one statement is, for the linter. */
  public sealed interface Reading permits Ops, LockTimeout, Backfill, EnumValueRename, Other, Unread {}

  /** A statement read as ops. */
  public record Ops(List<Op> ops) implements Reading {
    public Ops {
      ops = List.copyOf(ops);
    }
  }

  /** {@code SET lock_timeout}; {@code local}: for the transaction only; {@code disables}: set to 0. */
  public record LockTimeout(boolean local, boolean disables) implements Reading {}

  /** {@code UPDATE table SET columns...}: a backfill of those columns. */
  public record Backfill(String schema, String table, List<String> columns) implements Reading {
    public Backfill {
      columns = List.copyOf(columns);
    }
  }

  /** {@code ALTER TYPE type RENAME VALUE ...}. */
  public record EnumValueRename(String schema, String type, String from, String to) implements Reading {}

  /** A statement with nothing to lint (DML, other settings, comments, grants, functions, views, ...). */
  public record Other(String statement) implements Reading {}

  /** DDL the reader does not understand; no rule has checked it. */
  public record Unread(String statement) implements Reading {}

  private static final Set<String> SAFE_DDL = Set.of("extension", "function", "procedure", "view", "schema",
      "sequence", "trigger", "aggregate", "operator", "collation", "statistics", "policy", "publication",
      "subscription", "role", "user", "domain");
  private static final Set<String> COLUMN_STOP = Set.of("not", "null", "default", "primary", "unique",
      "references", "check", "constraint", "generated", "collate");
  private static final Set<String> TABLE_CONSTRAINT = Set.of("constraint", "primary", "unique", "check", "foreign",
      "exclude");
  private static final Map<String, String> SERIAL = Map.of("serial", "integer", "serial4", "integer",
      "smallserial", "smallint", "serial2", "smallint", "bigserial", "bigint", "serial8", "bigint");

  /** Reads every statement of {@code sql}, in order. */
  public static List<Reading> read(String sql) {
    List<Reading> out = new ArrayList<>();
    for (List<Token> statement : statements(tokens(sql))) {
      out.addAll(readStatement(sql, statement));
    }
    return out;
  }

  // ---- statements ----------------------------------------------------------------------------------

  private static List<Reading> readStatement(String sql, List<Token> tokens) {
    Cursor c = new Cursor(sql, tokens);
    String text = c.text(0, tokens.size());
    try {
      List<Reading> r = dispatch(c, text);
      if (r != null) {
        return r;
      }
    } catch (NotUnderstood e) {
      // falls through to Unread below
    }
    String first = tokens.get(0).word();
    boolean ddl = first.equals("alter") || first.equals("create") || first.equals("drop") || first.equals("truncate");
    if (ddl && !(tokens.size() > 1 && SAFE_DDL.contains(secondWord(tokens)))) {
      return List.of(new Unread(text));
    }
    return List.of(new Other(text));
  }

  private static String secondWord(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).word();
      if (!w.equals("or") && !w.equals("replace") && !w.equals("if") && !w.equals("exists") && !w.equals("not")
          && !w.equals("temp") && !w.equals("temporary") && !w.equals("unique")) {
        return w;
      }
    }
    return "";
  }

  /** The readings of a statement, or null when it is not a form this reader knows. */
  private static List<Reading> dispatch(Cursor c, String text) {
    if (c.accept("set")) {
      boolean local = c.accept("local");
      c.accept("session");
      if (c.accept("lock_timeout")) {
        if (!c.acceptSymbol("=")) {
          c.expect("to");
        }
        return List.of(new LockTimeout(local, disables(c.rest())));
      }
      return List.of(new Other(text));
    }
    if (c.accept("select", "set_config")) {
      c.expectSymbol("(");
      Token name = c.next();
      if (name.kind() == Kind.STRING && name.stringValue().equalsIgnoreCase("lock_timeout")) {
        c.expectSymbol(",");
        Token value = c.next();
        c.expectSymbol(",");
        boolean local = c.accept("true");
        return List.of(new LockTimeout(local, disables(value.kind() == Kind.STRING ? value.stringValue() : value.text())));
      }
      return List.of(new Other(text));
    }
    if (c.accept("update")) {
      c.accept("only");
      Name table = c.qualifiedName();
      if (!c.peek("set")) {
        c.accept("as");
        c.next(); // alias
      }
      c.expect("set");
      return List.of(new Backfill(table.schema(), table.name(), setColumns(c)));
    }
    if (c.peek("create")) {
      return create(c);
    }
    if (c.accept("drop", "table")) {
      c.accept("if", "exists");
      List<Op> ops = new ArrayList<>();
      for (Name n : c.nameList()) {
        ops.add(new Op.DropTable(n.schema(), n.name(), null));
      }
      return List.of(new Ops(ops));
    }
    if (c.accept("drop", "index")) {
      boolean concurrently = c.accept("concurrently");
      c.accept("if", "exists");
      List<Op> ops = new ArrayList<>();
      for (Name n : c.nameList()) {
        ops.add(new Op.DropIndex(n.schema(), n.name(), null, concurrently));
      }
      return List.of(new Ops(ops));
    }
    if (c.accept("drop", "type")) {
      c.accept("if", "exists");
      List<Op> ops = new ArrayList<>();
      for (Name n : c.nameList()) {
        ops.add(new Op.DropEnumType(n.schema(), n.name(), null));
      }
      return List.of(new Ops(ops));
    }
    if (c.accept("alter", "table")) {
      return alterTable(c);
    }
    if (c.accept("alter", "type")) {
      Name type = c.qualifiedName();
      if (c.accept("add", "value")) {
        c.accept("if", "not", "exists");
        String value = c.string();
        String before = c.accept("before") ? c.string() : null;
        String after = before == null && c.accept("after") ? c.string() : null;
        return List.of(new Ops(List.of(new Op.AddEnumValue(type.schema(), type.name(), value, before, after))));
      }
      if (c.accept("rename", "value")) {
        String from = c.string();
        c.expect("to");
        return List.of(new EnumValueRename(type.schema(), type.name(), from, c.string()));
      }
      return null;
    }
    return null;
  }

  private static List<Reading> create(Cursor c) {
    c.expect("create");
    if (c.accept("type")) {
      Name type = c.qualifiedName();
      c.expect("as");
      c.expect("enum");
      List<String> values = new ArrayList<>();
      c.expectSymbol("(");
      while (!c.acceptSymbol(")")) {
        values.add(c.string());
        c.acceptSymbol(",");
      }
      return List.of(new Ops(List.of(new Op.CreateEnumType(type.schema(), new EnumType(type.name(), values)))));
    }
    boolean unique = c.accept("unique");
    if (c.accept("index")) {
      return List.of(new Ops(List.of(createIndex(c, unique))));
    }
    if (unique) {
      return null;
    }
    if (!c.accept("global")) {
      c.accept("local"); // GLOBAL and LOCAL only precede TEMP
    }
    boolean temporary = c.accept("temp") || c.accept("temporary");
    if (!temporary) {
      c.accept("unlogged");
    }
    if (!c.accept("table")) {
      return null;
    }
    c.accept("if", "not", "exists");
    Name name = c.qualifiedName();
    if (!c.peekSymbol("(")) {
      // AS SELECT, PARTITION OF, OF type: a new table whose columns are not read here.
      return List.of(new Ops(List.of(new Op.CreateTable(name.schema(), new Table(name.name(), List.of(), null,
          null, null, null, null, null)))));
    }
    List<TableElement> elements = new ArrayList<>();
    for (Cursor part : c.parenthesizedList()) {
      if (part.atEnd()) {
        continue;
      }
      if (TABLE_CONSTRAINT.contains(part.peekWord())) {
        TableElement constraint = tableConstraint(part, name);
        if (constraint != null) {
          elements.add(constraint);
        }
      } else if (part.peek("like")) {
        continue;
      } else {
        ColumnDefinition definition = columnDefinition(part);
        elements.add(definition.column());
        elements.addAll(definition.constraints());
      }
    }
    Table table = Table.of(name.name(), mergePrimaryKeys(elements));
    return List.of(new Ops(List.of(new Op.CreateTable(name.schema(), table))));
  }

  /** Inline PRIMARY KEYs of single columns, as Table.of accepts one primary key. */
  private static List<TableElement> mergePrimaryKeys(List<TableElement> elements) {
    List<TableElement> out = new ArrayList<>();
    boolean seen = false;
    for (TableElement e : elements) {
      if (e instanceof PrimaryKey) {
        if (seen) {
          continue;
        }
        seen = true;
      }
      out.add(e);
    }
    return out;
  }

  private static Op.CreateIndex createIndex(Cursor c, boolean unique) {
    boolean concurrently = c.accept("concurrently");
    c.accept("if", "not", "exists");
    String indexName = null;
    if (!c.peek("on")) {
      indexName = c.identifier();
    }
    c.expect("on");
    c.accept("only");
    Name table = c.qualifiedName();
    String method = null;
    if (c.accept("using")) {
      method = c.identifier();
    }
    List<IndexElement> elements = new ArrayList<>();
    for (Cursor part : c.parenthesizedList()) {
      if (part.size() >= 1 && part.isIdentifier(0) && (part.size() == 1 || isOrdering(part))) {
        elements.add(IndexElement.column(part.identifier()));
      } else {
        elements.add(IndexElement.expression(part.rest()));
      }
    }
    List<String> include = new ArrayList<>();
    if (c.accept("include")) {
      for (Cursor part : c.parenthesizedList()) {
        include.add(part.identifier());
      }
    }
    String where = null;
    while (!c.atEnd()) {
      if (c.accept("where")) {
        where = c.rest();
        break;
      }
      c.next();
    }
    Index index = new Index(indexName == null ? table.name() + "_idx" : indexName, table.name(), elements, unique,
        where, include, method);
    return new Op.CreateIndex(table.schema(), index, concurrently);
  }

  /** {@code col ASC}, {@code col DESC NULLS LAST}, {@code col text_pattern_ops}: a column with options. */
  private static boolean isOrdering(Cursor part) {
    for (int i = 1; i < part.size(); i++) {
      if (part.tokens.get(i).kind() != Kind.WORD) {
        return false;
      }
    }
    return true;
  }

  private static List<Reading> alterTable(Cursor c) {
    c.accept("if", "exists");
    c.accept("only");
    Name table = c.qualifiedName();
    c.acceptSymbol("*");
    if (c.accept("rename")) {
      if (c.accept("to")) {
        return List.of(new Ops(List.of(new Op.RenameTable(table.schema(), table.name(), c.identifier()))));
      }
      if (c.accept("constraint")) {
        return List.of(new Other(c.text(0, c.size())));
      }
      c.accept("column");
      String from = c.identifier();
      c.expect("to");
      return List.of(new Ops(List.of(new Op.RenameColumn(table.schema(), table.name(), from, c.identifier()))));
    }
    List<Op> ops = new ArrayList<>();
    boolean unread = false;
    for (Cursor action : c.restAsList()) {
      List<Op> read;
      try {
        read = alterAction(action, table);
      } catch (NotUnderstood e) {
        read = null;
      }
      if (read == null) {
        unread = true;
      } else {
        ops.addAll(read);
      }
    }
    // The actions understood are still linted; the statement is reported as not read for the rest.
    return unread ? List.of(new Ops(ops), new Unread(c.text(0, c.size()))) : List.of(new Ops(ops));
  }

  /** One action of ALTER TABLE, or null when it is none this reader knows. */
  private static List<Op> alterAction(Cursor a, Name table) {
    String schema = table.schema();
    String t = table.name();
    if (a.accept("add")) {
      if (TABLE_CONSTRAINT.contains(a.peekWord())) {
        if (usingIndex(a)) {
          String name = a.accept("constraint") ? a.identifier() : null;
          if (a.peek("primary")) {
            // The key's columns are those of the index, which the statement does not name.
            return List.of(new Op.AddPrimaryKey(schema, t, new PrimaryKey(name, List.of("?"))));
          }
          return List.of(); // UNIQUE USING INDEX: the safe form, its index is built already
        }
        TableElement constraint = tableConstraint(a, table);
        if (constraint == null) {
          return null;
        }
        boolean notValid = a.notValid;
        if (constraint instanceof PrimaryKey p) {
          return List.of(new Op.AddPrimaryKey(schema, t, p));
        } else if (constraint instanceof UniqueConstraint u) {
          return List.of(new Op.AddUniqueConstraint(schema, t, u));
        } else if (constraint instanceof ForeignKey f) {
          return List.of(new Op.AddForeignKey(schema, t, f, notValid));
        } else if (constraint instanceof CheckConstraint k) {
          return List.of(new Op.AddCheckConstraint(schema, t, k, notValid));
        }
        return null;
      }
      a.accept("column");
      a.accept("if", "not", "exists");
      ColumnDefinition definition = columnDefinition(a);
      List<Op> ops = new ArrayList<>();
      ops.add(new Op.AddColumn(schema, t, definition.column()));
      for (TableElement e : definition.constraints()) {
        if (e instanceof PrimaryKey p) {
          ops.add(new Op.AddPrimaryKey(schema, t, p));
        } else if (e instanceof UniqueConstraint u) {
          ops.add(new Op.AddUniqueConstraint(schema, t, u));
        } else if (e instanceof ForeignKey f) {
          ops.add(new Op.AddForeignKey(schema, t, f, false));
        } else if (e instanceof CheckConstraint k) {
          ops.add(new Op.AddCheckConstraint(schema, t, k, false));
        }
      }
      return ops;
    }
    if (a.accept("drop")) {
      if (a.accept("constraint")) {
        a.accept("if", "exists");
        return List.of(new Op.DropConstraint(schema, t, a.identifier(), null));
      }
      a.accept("column");
      a.accept("if", "exists");
      return List.of(new Op.DropColumn(schema, t, a.identifier(), null));
    }
    if (a.accept("validate", "constraint")) {
      return List.of(new Op.ValidateConstraint(schema, t, a.identifier()));
    }
    if (a.accept("alter")) {
      a.accept("column");
      String column = a.identifier();
      if (a.accept("set", "data", "type") || a.accept("type")) {
        int start = a.position();
        while (!a.atEnd() && !a.peek("using") && !a.peek("collate")) {
          a.next();
        }
        SqlType type = type(a.text(start, a.position()));
        a.accept("collate");
        if (a.peek("collate")) {
          a.next();
        }
        String using = null;
        while (!a.atEnd()) {
          if (a.accept("using")) {
            using = a.rest();
            break;
          }
          a.next();
        }
        return List.of(new Op.AlterColumn(schema, t, column, Change.to(type), using, null, null, null, null));
      }
      if (a.accept("set", "not", "null")) {
        return List.of(new Op.AlterColumn(schema, t, column, null, null, Change.to(false), null, null, null));
      }
      if (a.accept("drop", "not", "null")) {
        return List.of(new Op.AlterColumn(schema, t, column, null, null, Change.to(true), null, null, null));
      }
      if (a.accept("set", "default")) {
        return List.of(new Op.AlterColumn(schema, t, column, null, null, null, Change.to(a.rest()), null, null));
      }
      if (a.accept("drop", "default")) {
        return List.of(new Op.AlterColumn(schema, t, column, null, null, null, Change.to((String) null), null, null));
      }
      if (a.peek("set") || a.peek("reset")) {
        return List.of(); // SET STATISTICS, STORAGE, COMPRESSION, (options): nothing to lint
      }
      return null;
    }
    return null;
  }

  private static boolean usingIndex(Cursor a) {
    for (int i = a.position(); i + 1 < a.size(); i++) {
      if (a.wordAt(i).equals("using") && a.wordAt(i + 1).equals("index")) {
        return true;
      }
    }
    return false;
  }

  /** A table constraint ({@code [CONSTRAINT n] PRIMARY KEY|UNIQUE|CHECK|FOREIGN KEY ...}); null for EXCLUDE. */
  private static TableElement tableConstraint(Cursor c, Name table) {
    String name = c.accept("constraint") ? c.identifier() : null;
    TableElement out;
    if (c.accept("primary", "key")) {
      out = new PrimaryKey(name, c.identifierList());
    } else if (c.accept("unique")) {
      boolean nullsNotDistinct = false;
      if (c.accept("nulls")) {
        nullsNotDistinct = c.accept("not");
        c.expect("distinct");
      }
      out = new UniqueConstraint(name, c.identifierList(), nullsNotDistinct);
    } else if (c.accept("check")) {
      out = new CheckConstraint(name, c.parenthesized());
    } else if (c.accept("foreign", "key")) {
      List<String> columns = c.identifierList();
      c.expect("references");
      out = references(c, name, columns);
    } else {
      return null;
    }
    while (!c.atEnd()) {
      if (c.accept("not", "valid")) {
        c.notValid = true;
      } else {
        c.next();
      }
    }
    return out;
  }

  /** After REFERENCES: the referenced table and columns (the columns themselves when none are named). */
  private static ForeignKey references(Cursor c, String name, List<String> columns) {
    Name referenced = c.qualifiedName();
    List<String> referencedColumns = c.peekSymbol("(") ? c.identifierList() : columns;
    if (referencedColumns.size() != columns.size()) {
      throw new NotUnderstood();
    }
    if (c.accept("match")) {
      c.next(); // FULL, PARTIAL or SIMPLE
    }
    while (c.accept("on")) {
      if (!c.accept("delete")) {
        c.expect("update");
      }
      if (!c.accept("cascade") && !c.accept("restrict") && !c.accept("no", "action")) {
        c.expect("set");
        c.next(); // NULL or DEFAULT
        if (c.peekSymbol("(")) {
          c.parenthesized();
        }
      }
    }
    return new ForeignKey(name, columns, referenced.schema(), referenced.name(), referencedColumns, null, null, false,
        false);
  }

  /** A column and the constraints written inline with it. */
  private record ColumnDefinition(Column column, List<TableElement> constraints) {}

  private static ColumnDefinition columnDefinition(Cursor c) {
    String name = c.identifier();
    int start = c.position();
    while (!c.atEnd() && !COLUMN_STOP.contains(c.peekWord())) {
      c.next();
    }
    String typeText = c.text(start, c.position());
    if (typeText.isBlank()) {
      throw new NotUnderstood();
    }
    String serialOf = SERIAL.get(typeText.toLowerCase(Locale.ROOT));
    Column column = new Column(name, type(serialOf != null ? serialOf : typeText), true,
        serialOf != null ? "nextval('" + name + "_seq'::regclass)" : null, null, null, null);
    if (serialOf != null) {
      column = column.notNull();
    }
    List<TableElement> constraints = new ArrayList<>();
    String constraintName = null;
    while (!c.atEnd()) {
      if (c.accept("constraint")) {
        constraintName = c.identifier();
      } else if (c.accept("not", "null")) {
        column = column.notNull();
      } else if (c.accept("null")) {
        column = column.withNullable(true);
      } else if (c.accept("default")) {
        int from = c.position();
        c.next();
        while (!c.atEnd() && !COLUMN_STOP.contains(c.peekWord())) {
          c.next();
        }
        column = column.defaultValue(c.text(from, c.position()));
      } else if (c.accept("primary", "key")) {
        column = column.notNull();
        constraints.add(new PrimaryKey(constraintName, List.of(name)));
      } else if (c.accept("unique")) {
        constraints.add(new UniqueConstraint(constraintName, List.of(name), false));
      } else if (c.accept("references")) {
        constraints.add(references(c, constraintName, List.of(name)));
      } else if (c.accept("check")) {
        constraints.add(new CheckConstraint(constraintName, c.parenthesized()));
      } else if (c.accept("generated")) {
        boolean always = c.accept("always");
        if (!always) {
          c.expect("by");
          c.expect("default");
        }
        c.expect("as");
        if (c.accept("identity")) {
          column = column.identity(always ? Identity.always() : Identity.byDefault());
          if (c.peekSymbol("(")) {
            c.parenthesized();
          }
        } else {
          column = column.generatedAs(c.parenthesized());
          c.accept("stored");
        }
      } else {
        c.next();
      }
    }
    return new ColumnDefinition(column, constraints);
  }

  private static List<String> setColumns(Cursor c) {
    List<String> columns = new ArrayList<>();
    for (Cursor part : c.restAsList()) {
      if (part.peekSymbol("(")) {
        columns.addAll(part.identifierList());
      } else if (!part.atEnd() && part.isIdentifier(part.position())) {
        columns.add(part.identifier());
      }
      if (part.containsWord("where") || part.containsWord("from") || part.containsWord("returning")) {
        break;
      }
    }
    return columns;
  }

  private static SqlType type(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    return new SqlType(t.contains("\"") ? t : t.toLowerCase(Locale.ROOT));
  }

  private static boolean disables(String value) {
    String v = value.strip().replace("'", "").toLowerCase(Locale.ROOT);
    return v.equals("0") || v.equals("0ms") || v.equals("0s") || v.equals("default");
  }

  // ---- tokens --------------------------------------------------------------------------------------

  private enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

  /** A token of the SQL text: its kind, where it is, and its text ({@code value}: unquoted, for names and strings). */
  private record Token(Kind kind, int start, int end, String value, String text) {
    String word() {
      return kind == Kind.WORD ? value : "";
    }

    boolean isName() {
      return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    String stringValue() {
      return value;
    }
  }

  private static List<Token> tokens(String sql) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char ch = sql.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (ch == '\'') {
        int j = i + 1;
        StringBuilder value = new StringBuilder();
        while (j < n) {
          if (sql.charAt(j) == '\'') {
            if (j + 1 < n && sql.charAt(j + 1) == '\'') {
              value.append('\'');
              j += 2;
              continue;
            }
            break;
          }
          value.append(sql.charAt(j++));
        }
        int end = Math.min(j + 1, n);
        out.add(new Token(Kind.STRING, i, end, value.toString(), sql.substring(i, end)));
        i = end;
      } else if (ch == '"') {
        int j = i + 1;
        StringBuilder value = new StringBuilder();
        while (j < n) {
          if (sql.charAt(j) == '"') {
            if (j + 1 < n && sql.charAt(j + 1) == '"') {
              value.append('"');
              j += 2;
              continue;
            }
            break;
          }
          value.append(sql.charAt(j++));
        }
        int end = Math.min(j + 1, n);
        out.add(new Token(Kind.QUOTED, i, end, value.toString(), sql.substring(i, end)));
        i = end;
      } else if (ch == '$' && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int close = sql.indexOf(tag, i + tag.length());
        int end = close < 0 ? n : close + tag.length();
        out.add(new Token(Kind.STRING, i, end, sql.substring(i + tag.length(), close < 0 ? n : close), sql.substring(i, end)));
        i = end;
      } else if (Character.isLetter(ch) || ch == '_') {
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
          j++;
        }
        String text = sql.substring(i, j);
        out.add(new Token(Kind.WORD, i, j, text.toLowerCase(Locale.ROOT), text));
        i = j;
      } else if (Character.isDigit(ch)) {
        int j = i + 1;
        while (j < n && (Character.isDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
          j++;
        }
        out.add(new Token(Kind.NUMBER, i, j, sql.substring(i, j), sql.substring(i, j)));
        i = j;
      } else if (ch == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
        out.add(new Token(Kind.SYMBOL, i, i + 2, "::", "::"));
        i += 2;
      } else {
        out.add(new Token(Kind.SYMBOL, i, i + 1, String.valueOf(ch), String.valueOf(ch)));
        i++;
      }
    }
    return out;
  }

  /** {@code $$} or {@code $tag$} starting at {@code i}, or null. */
  private static String dollarTag(String sql, int i) {
    int j = i + 1;
    while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
      return sql.substring(i, j + 1);
    }
    return null;
  }

  private static List<List<Token>> statements(List<Token> tokens) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == Kind.SYMBOL && t.value().equals(";")) {
        if (!current.isEmpty()) {
          out.add(current);
        }
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  // ---- the cursor ----------------------------------------------------------------------------------

  /** Thrown when a statement leaves the understood forms midway; it is then {@link Unread}. */
  private static final class NotUnderstood extends RuntimeException {
    NotUnderstood() {
      super(null, null, false, false);
    }
  }

  /** A schema-qualified name; schema null when not qualified. */
  private record Name(String schema, String name) {}

  /** Walks the tokens of one statement (or of a part of one). */
  private static final class Cursor {
    private final String sql;
    private final List<Token> tokens;
    private int at;
    /** Set by a table constraint read with NOT VALID. */
    boolean notValid;

    Cursor(String sql, List<Token> tokens) {
      this.sql = sql;
      this.tokens = tokens;
    }

    int size() {
      return tokens.size();
    }

    int position() {
      return at;
    }

    boolean atEnd() {
      return at >= tokens.size();
    }

    String wordAt(int i) {
      return i < tokens.size() ? tokens.get(i).word() : "";
    }

    String peekWord() {
      return wordAt(at);
    }

    boolean isIdentifier(int i) {
      return i < tokens.size() && tokens.get(i).isName();
    }

    boolean peek(String word) {
      return peekWord().equals(word);
    }

    boolean peekSymbol(String symbol) {
      return !atEnd() && tokens.get(at).kind() == Kind.SYMBOL && tokens.get(at).value().equals(symbol);
    }

    boolean containsWord(String word) {
      for (Token t : tokens) {
        if (t.word().equals(word)) {
          return true;
        }
      }
      return false;
    }

    /** Consumes the words when they all come next. */
    boolean accept(String... words) {
      for (int i = 0; i < words.length; i++) {
        if (!wordAt(at + i).equals(words[i])) {
          return false;
        }
      }
      at += words.length;
      return true;
    }

    boolean acceptSymbol(String symbol) {
      if (peekSymbol(symbol)) {
        at++;
        return true;
      }
      return false;
    }

    void expect(String word) {
      if (!accept(word)) {
        throw new NotUnderstood();
      }
    }

    void expectSymbol(String symbol) {
      if (!acceptSymbol(symbol)) {
        throw new NotUnderstood();
      }
    }

    Token next() {
      if (atEnd()) {
        throw new NotUnderstood();
      }
      return tokens.get(at++);
    }

    String identifier() {
      Token t = next();
      if (!t.isName()) {
        throw new NotUnderstood();
      }
      return t.value();
    }

    String string() {
      Token t = next();
      if (t.kind() != Kind.STRING) {
        throw new NotUnderstood();
      }
      return t.value();
    }

    Name qualifiedName() {
      String first = identifier();
      if (acceptSymbol(".")) {
        return new Name(first, identifier());
      }
      return new Name(null, first);
    }

    List<Name> nameList() {
      List<Name> names = new ArrayList<>();
      do {
        names.add(qualifiedName());
      } while (acceptSymbol(","));
      return names;
    }

    /** {@code (a, b, c)}: names only. */
    List<String> identifierList() {
      List<String> names = new ArrayList<>();
      for (Cursor part : parenthesizedList()) {
        names.add(part.identifier());
      }
      return names;
    }

    /** The text inside the parentheses that come next. */
    String parenthesized() {
      int open = at;
      int close = matching(open);
      at = close + 1;
      return text(open + 1, close);
    }

    /** The parts, split at top-level commas, inside the parentheses that come next. */
    List<Cursor> parenthesizedList() {
      int open = at;
      int close = matching(open);
      at = close + 1;
      return split(open + 1, close);
    }

    /** The rest of the tokens, split at top-level commas. */
    List<Cursor> restAsList() {
      List<Cursor> parts = split(at, tokens.size());
      at = tokens.size();
      return parts;
    }

    /** The text of the remaining tokens. */
    String rest() {
      String text = text(at, tokens.size());
      at = tokens.size();
      return text;
    }

    private int matching(int open) {
      if (open >= tokens.size() || !tokens.get(open).value().equals("(") || tokens.get(open).kind() != Kind.SYMBOL) {
        throw new NotUnderstood();
      }
      int depth = 0;
      for (int i = open; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() == Kind.SYMBOL && (t.value().equals("(") || t.value().equals("["))) {
          depth++;
        } else if (t.kind() == Kind.SYMBOL && (t.value().equals(")") || t.value().equals("]"))) {
          depth--;
          if (depth == 0) {
            return i;
          }
        }
      }
      throw new NotUnderstood();
    }

    private List<Cursor> split(int from, int to) {
      List<Cursor> parts = new ArrayList<>();
      int depth = 0;
      int start = from;
      for (int i = from; i < to; i++) {
        Token t = tokens.get(i);
        if (t.kind() != Kind.SYMBOL) {
          continue;
        }
        if (t.value().equals("(") || t.value().equals("[")) {
          depth++;
        } else if (t.value().equals(")") || t.value().equals("]")) {
          depth--;
        } else if (depth == 0 && t.value().equals(",")) {
          parts.add(new Cursor(sql, tokens.subList(start, i)));
          start = i + 1;
        }
      }
      if (start < to) {
        parts.add(new Cursor(sql, tokens.subList(start, to)));
      }
      return parts;
    }

    /** The source text of tokens {@code [from, to)}, as written. */
    String text(int from, int to) {
      if (from >= to || from >= tokens.size()) {
        return "";
      }
      return sql.substring(tokens.get(from).start(), tokens.get(Math.min(to, tokens.size()) - 1).end()).strip();
    }
  }
}
