package dev.autogen.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.ColumnChanges;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.Ddl;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.TableComment;
import dev.autogen.runtime.schema.TableElement;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints each op as the {@code Operations} call that re-creates it, in its shortest readable form. Types
 * are written with {@code $T} so JavaPoet owns the imports; the {@link Ddl} factories and
 * {@link ColumnChanges#alter()} used are collected so the file can import them statically.
 *
 * <p>One instance per rendered file: it remembers which static imports that file needs.
 */
final class OpCallRenderer {
  static final ClassName DDL = ClassName.get(Ddl.class);
  static final ClassName COLUMN_CHANGES = ClassName.get(ColumnChanges.class);
  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName ARRAYS = ClassName.get(Arrays.class);

  /** Types printed by a factory without arguments, keyed by the database's spelling. */
  private static final Map<String, String> PLAIN_TYPES = new LinkedHashMap<>();

  static {
    PLAIN_TYPES.put("character varying", "varchar");
    PLAIN_TYPES.put("text", "text");
    PLAIN_TYPES.put("smallint", "smallint");
    PLAIN_TYPES.put("integer", "integer");
    PLAIN_TYPES.put("bigint", "bigint");
    PLAIN_TYPES.put("numeric", "numeric");
    PLAIN_TYPES.put("real", "real");
    PLAIN_TYPES.put("double precision", "doublePrecision");
    PLAIN_TYPES.put("boolean", "bool");
    PLAIN_TYPES.put("date", "date");
    PLAIN_TYPES.put("time without time zone", "time");
    PLAIN_TYPES.put("timestamp without time zone", "timestamp");
    PLAIN_TYPES.put("timestamp with time zone", "timestamptz");
    PLAIN_TYPES.put("uuid", "uuid");
    PLAIN_TYPES.put("json", "json");
    PLAIN_TYPES.put("jsonb", "jsonb");
    PLAIN_TYPES.put("bytea", "bytea");
  }

  /** Types printed by a factory taking one int, each checked against the factory's own spelling. */
  private record SizedType(Pattern pattern, String factory, IntFunction<SqlType> make) {}

  private static final List<SizedType> SIZED_TYPES = List.of(
      new SizedType(Pattern.compile("character varying\\((\\d{1,9})\\)"), "varchar", Ddl::varchar),
      new SizedType(Pattern.compile("character\\((\\d{1,9})\\)"), "character", Ddl::character),
      new SizedType(Pattern.compile("timestamp\\((\\d{1,9})\\) without time zone"), "timestamp", Ddl::timestamp),
      new SizedType(Pattern.compile("timestamp\\((\\d{1,9})\\) with time zone"), "timestamptz", Ddl::timestamptz));

  private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d{1,9}),(-?\\d{1,9})\\)");

  private final Set<String> ddlImports = new TreeSet<>();
  private boolean alterUsed;

  /** The members of {@link Ddl} used so far, for static imports. */
  Set<String> ddlImports() {
    return ddlImports;
  }

  /** Whether {@link ColumnChanges#alter()} was used, for a static import. */
  boolean alterUsed() {
    return alterUsed;
  }

  /** The statement (without its semicolon) that performs {@code op}: {@code op.addColumn(...)}. */
  CodeBlock call(Op op) {
    String receiver = op.schema() == null ? "op" : "op.inSchema(" + CodeBlock.of("$S", op.schema()) + ")";
    CodeBlock call = callOn(op);
    return CodeBlock.of("$L.$L", receiver, call);
  }

  private CodeBlock callOn(Op op) {
    if (op instanceof Op.CreateTable o) {
      return createTable(o.table());
    } else if (op instanceof Op.DropTable o) {
      return CodeBlock.of("dropTable($S)", o.name());
    } else if (op instanceof Op.RenameTable o) {
      return CodeBlock.of("renameTable($S, $S)", o.from(), o.to());
    } else if (op instanceof Op.SetTableComment o) {
      Change<String> c = o.comment();
      return c.fromKnown()
          ? CodeBlock.of("setTableComment($S, $S, $S)", o.table(), c.from(), c.to())
          : CodeBlock.of("setTableComment($S, $S)", o.table(), c.to());
    } else if (op instanceof Op.AddColumn o) {
      return CodeBlock.of("addColumn($S, $L)", o.table(), column(o.column()));
    } else if (op instanceof Op.DropColumn o) {
      return CodeBlock.of("dropColumn($S, $S)", o.table(), o.name());
    } else if (op instanceof Op.RenameColumn o) {
      return CodeBlock.of("renameColumn($S, $S, $S)", o.table(), o.from(), o.to());
    } else if (op instanceof Op.AlterColumn o) {
      return alterColumn(o);
    } else if (op instanceof Op.CreateIndex o) {
      return CodeBlock.of(o.concurrently() ? "createIndexConcurrently($L)" : "createIndex($L)", index(o.index()));
    } else if (op instanceof Op.DropIndex o) {
      return CodeBlock.of(o.concurrently() ? "dropIndexConcurrently($S)" : "dropIndex($S)", o.name());
    } else if (op instanceof Op.AddPrimaryKey o) {
      return CodeBlock.of("addPrimaryKey($S, $L)", o.table(), primaryKey(o.primaryKey()));
    } else if (op instanceof Op.AddUniqueConstraint o) {
      return CodeBlock.of("addUniqueConstraint($S, $L)", o.table(), unique(o.constraint()));
    } else if (op instanceof Op.AddForeignKey o) {
      return CodeBlock.of(o.notValid() ? "addForeignKeyNotValid($S, $L)" : "addForeignKey($S, $L)",
          o.table(), foreignKey(o.foreignKey()));
    } else if (op instanceof Op.AddCheckConstraint o) {
      return CodeBlock.of(o.notValid() ? "addCheckConstraintNotValid($S, $L)" : "addCheckConstraint($S, $L)",
          o.table(), check(o.constraint()));
    } else if (op instanceof Op.ValidateConstraint o) {
      return CodeBlock.of("validateConstraint($S, $S)", o.table(), o.name());
    } else if (op instanceof Op.DropConstraint o) {
      return CodeBlock.of("dropConstraint($S, $S)", o.table(), o.name());
    } else if (op instanceof Op.CreateSequence o) {
      return CodeBlock.of("createSequence($L)", sequence(o.sequence()));
    } else if (op instanceof Op.AlterSequence o) {
      return o.from() == null
          ? CodeBlock.of("alterSequence($L)", sequence(o.to()))
          : CodeBlock.of("alterSequence($L, $L)", sequence(o.from()), sequence(o.to()));
    } else if (op instanceof Op.DropSequence o) {
      return CodeBlock.of("dropSequence($S)", o.name());
    } else if (op instanceof Op.CreateEnumType o) {
      List<CodeBlock> args = new ArrayList<>();
      args.add(CodeBlock.of("$S", o.type().name()));
      o.type().values().forEach(v -> args.add(CodeBlock.of("$S", v)));
      return CodeBlock.of("createEnumType($L)", CodeBlock.join(args, ", "));
    } else if (op instanceof Op.DropEnumType o) {
      return CodeBlock.of("dropEnumType($S)", o.name());
    } else if (op instanceof Op.AddEnumValue o) {
      if (o.before() != null && o.after() != null) {
        throw new IllegalArgumentException(
            "addEnumValue(" + o.type() + ", " + o.value() + ") names both a label before and after: keep one");
      }
      if (o.before() != null) {
        return CodeBlock.of("addEnumValueBefore($S, $S, $S)", o.type(), o.value(), o.before());
      } else if (o.after() != null) {
        return CodeBlock.of("addEnumValueAfter($S, $S, $S)", o.type(), o.value(), o.after());
      }
      return CodeBlock.of("addEnumValue($S, $S)", o.type(), o.value());
    } else if (op instanceof Op.Execute o) {
      List<CodeBlock> args = new ArrayList<>();
      args.add(CodeBlock.of("$S", o.sql()));
      args.addAll(varargs(o.parameters()));
      return CodeBlock.of("execute($L)", CodeBlock.join(args, ", "));
    } else if (op instanceof Op.BulkInsert o) {
      return bulkInsert(o);
    }
    throw new IllegalArgumentException("no rendering for op " + op.getClass().getSimpleName());
  }

  // ---- tables and columns --------------------------------------------------------------------------

  private CodeBlock createTable(Table table) {
    if (!table.indexes().isEmpty()) {
      throw new IllegalArgumentException("createTable(" + table.name() + ") takes no indexes: split them out first");
    }
    CodeBlock.Builder b = CodeBlock.builder().add("createTable($S", table.name());
    for (TableElement e : table.elements()) {
      b.add(",\n$L", element(e));
    }
    return b.add(")").build();
  }

  private CodeBlock element(TableElement e) {
    if (e instanceof Column c) {
      return column(c);
    } else if (e instanceof PrimaryKey p) {
      return primaryKey(p);
    } else if (e instanceof UniqueConstraint u) {
      return unique(u);
    } else if (e instanceof ForeignKey f) {
      return foreignKey(f);
    } else if (e instanceof CheckConstraint c) {
      return check(c);
    }
    return ddl("comment", "$S", ((TableComment) e).text());
  }

  CodeBlock column(Column c) {
    CodeBlock.Builder b = CodeBlock.builder().add(ddl("column", "$S, $L", c.name(), type(c.type())));
    // identity(...) implies NOT NULL, so nullability is written after it and only when it differs.
    if (c.identity() != null) {
      b.add(identityOnColumn(c.identity()));
      if (c.nullable()) {
        b.add(".withNullable(true)");
      }
    } else if (!c.nullable()) {
      b.add(".notNull()");
    }
    if (c.defaultValue() != null) {
      b.add(".defaultValue($S)", c.defaultValue());
    }
    if (c.generatedAs() != null) {
      b.add(".generatedAs($S)", c.generatedAs());
    }
    if (c.comment() != null) {
      b.add(".comment($S)", c.comment());
    }
    return b.build();
  }

  private CodeBlock identityOnColumn(Identity identity) {
    if (identity.start() == null && identity.increment() == null) {
      return CodeBlock.of(identity.generation() == Identity.Generation.ALWAYS
          ? ".generatedAlwaysAsIdentity()" : ".generatedByDefaultAsIdentity()");
    }
    return CodeBlock.of(".identity($L)", identity(identity));
  }

  private CodeBlock identity(Identity identity) {
    if (identity == null) {
      return CodeBlock.of("null");
    }
    ClassName type = ClassName.get(Identity.class);
    if (identity.start() == null && identity.increment() == null) {
      return CodeBlock.of(identity.generation() == Identity.Generation.ALWAYS ? "$T.always()" : "$T.byDefault()", type);
    }
    return CodeBlock.of("new $T($T.$L, $L, $L)", type, ClassName.get(Identity.Generation.class),
        identity.generation().name(), longOrNull(identity.start()), longOrNull(identity.increment()));
  }

  private CodeBlock alterColumn(Op.AlterColumn o) {
    if (o.type() == null && o.nullable() == null && o.defaultValue() == null && o.identity() == null
        && o.comment() == null) {
      throw new IllegalArgumentException("alterColumn(" + o.table() + ", " + o.column() + ") changes nothing");
    }
    // A comment set alone, with no previous value, has its own shorter call.
    if (o.type() == null && o.nullable() == null && o.defaultValue() == null && o.identity() == null
        && !o.comment().fromKnown()) {
      return CodeBlock.of("setColumnComment($S, $S, $S)", o.table(), o.column(), o.comment().to());
    }
    alterUsed = true;
    CodeBlock.Builder b = CodeBlock.builder().add("$T.alter()", COLUMN_CHANGES);
    if (o.type() != null) {
      Change<SqlType> t = o.type();
      b.add(t.fromKnown() ? CodeBlock.of(".type($L, $L)", typeOrNull(t.from()), typeOrNull(t.to()))
          : CodeBlock.of(".type($L)", typeOrNull(t.to())));
    }
    if (o.using() != null) {
      b.add(".using($S)", o.using());
    }
    if (o.nullable() != null) {
      Change<Boolean> n = o.nullable();
      if (n.fromKnown() && n.from() != null && n.to() != null) {
        b.add(".nullable($L, $L)", n.from(), n.to());
      } else if (!n.fromKnown() && n.to() != null) {
        b.add(n.to() ? ".dropNotNull()" : ".setNotNull()");
      } else {
        throw new IllegalArgumentException(
            "alterColumn(" + o.table() + ", " + o.column() + "): a nullability change needs a value");
      }
    }
    if (o.defaultValue() != null) {
      Change<String> d = o.defaultValue();
      if (d.fromKnown()) {
        b.add(".defaultValue($S, $S)", d.from(), d.to());
      } else if (d.to() == null) {
        b.add(".dropDefault()");
      } else {
        b.add(".defaultValue($S)", d.to());
      }
    }
    if (o.identity() != null) {
      Change<Identity> i = o.identity();
      b.add(i.fromKnown() ? CodeBlock.of(".identity($L, $L)", identity(i.from()), identity(i.to()))
          : CodeBlock.of(".identity($L)", identity(i.to())));
    }
    if (o.comment() != null) {
      Change<String> c = o.comment();
      b.add(c.fromKnown() ? CodeBlock.of(".comment($S, $S)", c.from(), c.to()) : CodeBlock.of(".comment($S)", c.to()));
    }
    return CodeBlock.of("alterColumn($S, $S, $L)", o.table(), o.column(), b.build());
  }

  // ---- types ---------------------------------------------------------------------------------------

  private CodeBlock typeOrNull(SqlType type) {
    return type == null ? CodeBlock.of("null") : type(type);
  }

  /** The {@link Ddl} factory that spells {@code type} exactly, or {@code type("...")}. */
  CodeBlock type(SqlType type) {
    CodeBlock factory = factory(type.sql());
    return factory != null ? factory : ddl("type", "$S", type.sql());
  }

  private CodeBlock factory(String sql) {
    String plain = PLAIN_TYPES.get(sql);
    if (plain != null) {
      return ddl(plain, "");
    }
    for (SizedType sized : SIZED_TYPES) {
      Matcher m = sized.pattern().matcher(sql);
      if (m.matches()) {
        int size = Integer.parseInt(m.group(1));
        // Only when the factory spells the type exactly as given, so the round trip is exact.
        if (sized.make().apply(size).sql().equals(sql)) {
          return ddl(sized.factory(), "$L", size);
        }
      }
    }
    Matcher numeric = NUMERIC.matcher(sql);
    if (numeric.matches()) {
      int precision = Integer.parseInt(numeric.group(1));
      int scale = Integer.parseInt(numeric.group(2));
      if (Ddl.numeric(precision, scale).sql().equals(sql)) {
        return ddl("numeric", "$L, $L", precision, scale);
      }
    }
    if (sql.endsWith("[]")) {
      CodeBlock element = factory(sql.substring(0, sql.length() - 2));
      if (element != null) {
        return ddl("arrayOf", "$L", element);
      }
    }
    return null;
  }

  // ---- constraints and indexes ---------------------------------------------------------------------

  private CodeBlock primaryKey(PrimaryKey p) {
    return named(ddl("primaryKey", "$L", strings(p.columns())), p.name());
  }

  private CodeBlock unique(UniqueConstraint u) {
    CodeBlock.Builder b = CodeBlock.builder().add(named(ddl("unique", "$L", strings(u.columns())), u.name()));
    if (u.nullsNotDistinct()) {
      b.add(".withNullsNotDistinct()");
    }
    return b.build();
  }

  private CodeBlock check(CheckConstraint c) {
    return ddl("check", "$S, $S", c.name(), c.expression());
  }

  private CodeBlock foreignKey(ForeignKey f) {
    if (f.initiallyDeferred() && !f.deferrable()) {
      throw new IllegalArgumentException("foreign key " + f.name() + " is initially deferred but not deferrable");
    }
    CodeBlock.Builder b = CodeBlock.builder();
    if (f.columns().size() == 1) {
      b.add(named(ddl("foreignKey", "$S, $S, $S", f.columns().get(0), f.referencedTable(),
          f.referencedColumns().get(0)), f.name()));
    } else {
      b.add(ddl("foreignKey", "$S, $L, $S, $L", f.name(), listOf(f.columns()), f.referencedTable(),
          listOf(f.referencedColumns())));
    }
    if (f.referencedSchema() != null) {
      b.add(".referencingSchema($S)", f.referencedSchema());
    }
    ClassName action = ClassName.get(ForeignKey.Action.class);
    if (f.onDelete() != ForeignKey.Action.NO_ACTION) {
      b.add(".onDelete($T.$L)", action, f.onDelete().name());
    }
    if (f.onUpdate() != ForeignKey.Action.NO_ACTION) {
      b.add(".onUpdate($T.$L)", action, f.onUpdate().name());
    }
    if (f.deferrable()) {
      b.add(".deferrable($L)", f.initiallyDeferred());
    }
    return b.build();
  }

  private static CodeBlock named(CodeBlock constraint, String name) {
    return name == null ? constraint : CodeBlock.of("$L.named($S)", constraint, name);
  }

  private CodeBlock index(Index index) {
    boolean plainColumns = index.elements().stream().allMatch(e -> !e.expression() && !e.descending() && e.nulls() == null);
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$S", index.name()));
    args.add(CodeBlock.of("$S", index.table()));
    for (IndexElement e : index.elements()) {
      args.add(plainColumns ? CodeBlock.of("$S", e.value()) : indexElement(e));
    }
    CodeBlock.Builder b = CodeBlock.builder().add(ddl("index", "$L", CodeBlock.join(args, ", ")));
    if (index.unique()) {
      b.add(".asUnique()");
    }
    if (index.where() != null) {
      b.add(".where($S)", index.where());
    }
    if (!index.include().isEmpty()) {
      b.add(".include($L)", strings(index.include()));
    }
    if (index.method() != null) {
      b.add(".using($S)", index.method());
    }
    return b.build();
  }

  private CodeBlock indexElement(IndexElement e) {
    CodeBlock.Builder b = CodeBlock.builder();
    if (e.expression()) {
      b.add(ddl("expr", "$S", e.value()));
      if (e.descending()) {
        b.add(".desc()");
      }
    } else {
      b.add(ddl(e.descending() ? "desc" : "asc", "$S", e.value()));
    }
    if (e.nulls() != null) {
      b.add(".nulls($T.$L)", ClassName.get(IndexElement.Nulls.class), e.nulls().name());
    }
    return b.build();
  }

  private CodeBlock sequence(Sequence s) {
    CodeBlock.Builder b = CodeBlock.builder().add(ddl("sequence", "$S", s.name()));
    if (s.dataType() != null) {
      b.add(".as($S)", s.dataType());
    }
    if (s.start() != null) {
      b.add(".startWith($L)", longLiteral(s.start()));
    }
    if (s.increment() != null) {
      b.add(".incrementBy($L)", longLiteral(s.increment()));
    }
    if (s.minValue() != null) {
      b.add(".minValue($L)", longLiteral(s.minValue()));
    }
    if (s.maxValue() != null) {
      b.add(".maxValue($L)", longLiteral(s.maxValue()));
    }
    if (s.cache() != null) {
      b.add(".cache($L)", longLiteral(s.cache()));
    }
    if (s.cycle()) {
      b.add(".cycling()");
    }
    return b.build();
  }

  // ---- data ----------------------------------------------------------------------------------------

  private CodeBlock bulkInsert(Op.BulkInsert o) {
    CodeBlock.Builder rows = CodeBlock.builder();
    if (o.rows().isEmpty()) {
      rows.add("$T.of()", LIST);
    } else {
      rows.add("$T.of(", LIST);
      for (int i = 0; i < o.rows().size(); i++) {
        List<Object> row = o.rows().get(i);
        // List.of refuses nulls; Arrays.asList takes them.
        boolean hasNull = row.stream().anyMatch(v -> v == null);
        rows.add(i == 0 ? "\n" : ",\n");
        rows.add(hasNull ? "$T.asList($L)" : "$T.of($L)", hasNull ? ARRAYS : LIST, CodeBlock.join(varargs(row), ", "));
      }
      rows.add(")");
    }
    return CodeBlock.of("bulkInsert($S, $L, $L)", o.table(), listOf(o.columns()), rows.build());
  }

  /** Values as arguments of a varargs call; a lone null is cast so it is one element, not a null array. */
  private List<CodeBlock> varargs(List<Object> values) {
    if (values.size() == 1 && values.get(0) == null) {
      return List.of(CodeBlock.of("($T) null", Object.class));
    }
    return values.stream().map(OpCallRenderer::value).toList();
  }

  /** A Java expression that evaluates to a value equal to {@code value}. */
  static CodeBlock value(Object value) {
    if (value == null) {
      return CodeBlock.of("null");
    } else if (value instanceof String s) {
      return CodeBlock.of("$S", s);
    } else if (value instanceof Boolean || value instanceof Integer) {
      return CodeBlock.of("$L", value);
    } else if (value instanceof Long l) {
      return CodeBlock.of("$LL", l);
    } else if (value instanceof Short s) {
      return CodeBlock.of("(short) $L", s);
    } else if (value instanceof Byte b) {
      return CodeBlock.of("(byte) $L", b);
    } else if (value instanceof Double d && Double.isFinite(d)) {
      return CodeBlock.of("$Ld", d);
    } else if (value instanceof Float f && Float.isFinite(f)) {
      return CodeBlock.of("$Lf", f);
    } else if (value instanceof BigDecimal || value instanceof BigInteger) {
      return CodeBlock.of("new $T($S)", value.getClass(), value.toString());
    } else if (value instanceof UUID) {
      return CodeBlock.of("$T.fromString($S)", UUID.class, value.toString());
    } else if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime
        || value instanceof OffsetDateTime || value instanceof Instant) {
      return CodeBlock.of("$T.parse($S)", value.getClass(), value.toString());
    }
    throw new IllegalArgumentException("cannot write a value of type " + value.getClass().getName()
        + " into a migration; use a string, number, boolean, UUID, BigDecimal or java.time value");
  }

  // ---- helpers -------------------------------------------------------------------------------------

  /** A call of a {@link Ddl} factory, remembered for the static imports. */
  private CodeBlock ddl(String member, String argsFormat, Object... args) {
    ddlImports.add(member);
    return CodeBlock.of("$T." + member + "(" + argsFormat + ")", prepend(DDL, args));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", ");
  }

  private static CodeBlock listOf(List<String> values) {
    return CodeBlock.of("$T.of($L)", LIST, strings(values));
  }

  private static CodeBlock longOrNull(Long value) {
    return value == null ? CodeBlock.of("null") : CodeBlock.of("$LL", value);
  }

  /** An argument of a {@code long} parameter: an int literal widens; larger values need the suffix. */
  private static CodeBlock longLiteral(long value) {
    return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? CodeBlock.of("$L", value) : CodeBlock.of("$LL", value);
  }
}
