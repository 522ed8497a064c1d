package dev.autogen.diff;

import dev.autogen.runtime.schema.Constraint;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link DialectRules} of PostgreSQL (types spelled as {@code format_type()} prints them). */
public final class PostgresRules implements DialectRules {

  /** PostgreSQL truncates identifiers to this many bytes. */
  private static final int MAX_IDENTIFIER = 63;

  // Hand-written spellings of the names format_type() prints; the reader never needs them, hand-built
  // schemas (tests, a baseline written by a person) sometimes do.
  private static final Map<String, String> TYPE_ALIASES = Map.ofEntries(
      Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("int2", "smallint"),
      Map.entry("int8", "bigint"), Map.entry("varchar", "character varying"), Map.entry("char", "character"),
      Map.entry("bpchar", "character"), Map.entry("bool", "boolean"), Map.entry("float8", "double precision"),
      Map.entry("float4", "real"), Map.entry("decimal", "numeric"),
      Map.entry("timestamp", "timestamp without time zone"), Map.entry("timestamptz", "timestamp with time zone"),
      Map.entry("time", "time without time zone"), Map.entry("timetz", "time with time zone"));

  private static final Set<String> STRING_TYPES = Set.of("text", "character varying", "character");
  private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);
  private static final Set<String> FLOAT_TYPES = Set.of("real", "double precision");
  private static final Set<String> DATETIME_TYPES =
      Set.of("date", "timestamp without time zone", "timestamp with time zone");
  private static final Set<String> PRECISION_TYPES = Set.of("timestamp without time zone",
      "timestamp with time zone", "time without time zone", "time with time zone", "interval");
  private static final Set<String> CURRENT_TIMESTAMP_SPELLINGS =
      Set.of("now()", "current_timestamp", "transaction_timestamp()");

  private static final Pattern TYPE = Pattern.compile("^([a-z_][a-z0-9_ ]*?)(\\([0-9,]+\\))?( with(out)? time zone)?$");
  private static final Pattern PARSED_TYPE = Pattern.compile("^([^(]*)(\\(([0-9,]+)\\))?(.*)$");
  private static final Pattern SPACE_IN_PARENTHESES = Pattern.compile("\\s*([(,])\\s*|\\s+(\\))");
  private static final Pattern STRING_CAST = Pattern.compile(
      "^(.*)::(text|character varying(\\(\\d+\\))?|character(\\(\\d+\\))?|bpchar|varchar(\\(\\d+\\))?)$");

  @Override
  public String defaultSchema() {
    return "public";
  }

  @Override
  public boolean isConstraintIndex(Table table, Index index) {
    if (!index.unique() || index.where() != null || !index.include().isEmpty()
        || index.elements().stream().anyMatch(e -> e.expression() || e.descending() || e.nulls() != null)) {
      return false;
    }
    List<String> columns = index.elements().stream().map(IndexElement::value).toList();
    PrimaryKey pk = table.primaryKey();
    if (pk != null && index.name().equals(pk.name()) && pk.columns().equals(columns)) {
      return true;
    }
    return table.uniqueConstraints().stream()
        .anyMatch(u -> index.name().equals(u.name()) && u.columns().equals(columns));
  }

  @Override
  public boolean sameType(SqlType a, SqlType b) {
    return canonicalType(a.sql()).equals(canonicalType(b.sql()));
  }

  @Override
  public boolean sameDefault(String a, String b) {
    return Objects.equals(canonicalDefault(a), canonicalDefault(b));
  }

  @Override
  public boolean sameIdentity(Identity a, Identity b) {
    if (a == null || b == null) {
      return a == b;
    }
    long incrementA = a.increment() == null ? 1 : a.increment();
    long incrementB = b.increment() == null ? 1 : b.increment();
    // The start of an ascending identity defaults to 1; a descending one's to its type's maximum, which a
    // reader always reports, so only the ascending default needs filling in.
    Long startA = a.start() == null && incrementA > 0 ? Long.valueOf(1) : a.start();
    Long startB = b.start() == null && incrementB > 0 ? Long.valueOf(1) : b.start();
    return a.generation() == b.generation() && incrementA == incrementB && Objects.equals(startA, startB);
  }

  @Override
  public Sequence canonical(Sequence s) {
    String type = s.dataType() == null ? "bigint" : canonicalType(s.dataType());
    long increment = s.increment() == null ? 1 : s.increment();
    long typeMax = switch (type) {
      case "smallint" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
    long typeMin = switch (type) {
      case "smallint" -> Short.MIN_VALUE;
      case "integer" -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
    long min = s.minValue() != null ? s.minValue() : increment > 0 ? 1 : typeMin;
    long max = s.maxValue() != null ? s.maxValue() : increment > 0 ? typeMax : -1;
    long start = s.start() != null ? s.start() : increment > 0 ? min : max;
    long cache = s.cache() == null ? 1 : s.cache();
    return new Sequence(s.name(), type, start, increment, min, max, cache, s.cycle());
  }

  @Override
  public Index canonical(Index index) {
    List<IndexElement> elements = new ArrayList<>();
    for (IndexElement e : index.elements()) {
      // ASC sorts NULLS LAST and DESC NULLS FIRST unless told otherwise.
      IndexElement.Nulls implied = e.descending() ? IndexElement.Nulls.FIRST : IndexElement.Nulls.LAST;
      IndexElement.Nulls nulls = e.nulls() == implied ? null : e.nulls();
      // An IN list in an expression or predicate is printed otherwise once run again, as in a check.
      String value = e.expression() ? distributeArrayCasts(tidyExpression(e.value())) : e.value();
      elements.add(new IndexElement(value, e.expression(), e.descending(), nulls));
    }
    String method = index.method() == null ? "btree" : index.method().toLowerCase(Locale.ROOT);
    String where = index.where() == null ? null : distributeArrayCasts(tidyExpression(index.where()));
    return new Index(index.name(), index.table(), elements, index.unique(), where, index.include(), method);
  }

  @Override
  public String canonicalExpression(String expression) {
    String e = tidyExpression(expression);
    // pg_get_constraintdef() spelling: CHECK (...)
    if (e.regionMatches(true, 0, "CHECK", 0, 5) && e.substring(5).trim().startsWith("(")) {
      e = tidyExpression(e.substring(5));
    }
    return distributeArrayCasts(e);
  }

  /**
   * PostgreSQL prints {@code col IN ('a', 'b')} on a varchar column as
   * {@code (ARRAY['a'::character varying, 'b'::character varying])::text[]}, but once that text is parsed
   * again (re-creating the constraint) it folds the cast into the elements and prints
   * {@code ARRAY[('a'::character varying)::text, ('b'::character varying)::text]}. Both mean the same; this
   * rewrites the first form into the second so they compare equal. Hibernate writes exactly these checks
   * for {@code @Enumerated(STRING)} columns.
   */
  static String distributeArrayCasts(String e) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int at = e.indexOf("(ARRAY[", from);
      if (at < 0) {
        break;
      }
      int close = closingBracket(e, at + 6);
      String rest = close < 0 ? "" : e.substring(close + 1);
      java.util.regex.Matcher cast = java.util.regex.Pattern.compile("^\\)::([a-z][a-z ]*)\\[\\]").matcher(rest);
      if (close < 0 || !cast.find()) {
        out.append(e, from, at + 7);
        from = at + 7;
        continue;
      }
      String type = cast.group(1);
      List<String> elements = splitTopLevel(e.substring(at + 7, close));
      out.append(e, from, at).append("ARRAY[");
      for (int i = 0; i < elements.size(); i++) {
        out.append(i == 0 ? "" : ", ").append('(').append(elements.get(i).trim()).append(")::").append(type);
      }
      out.append(']');
      from = close + 1 + cast.end();
    }
    return out.append(e.substring(from)).toString();
  }

  /** The index of the bracket closing the one at {@code open}, or -1; string literals are skipped. */
  private static int closingBracket(String s, int open) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        inString = !inString;
      } else if (!inString && (c == '[' || c == '(')) {
        depth++;
      } else if (!inString && (c == ']' || c == ')')) {
        depth--;
        if (depth == 0) {
          return c == ']' ? i : -1;
        }
      }
    }
    return -1;
  }

  private static List<String> splitTopLevel(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inString = false;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        inString = !inString;
      } else if (!inString && (c == '(' || c == '[')) {
        depth++;
      } else if (!inString && (c == ')' || c == ']')) {
        depth--;
      } else if (!inString && depth == 0 && c == ',') {
        parts.add(s.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(s.substring(start));
    return parts;
  }

  @Override
  public TypeChange typeChange(SqlType fromType, SqlType toType) {
    ParsedType from = ParsedType.of(canonicalType(fromType.sql()));
    ParsedType to = ParsedType.of(canonicalType(toType.sql()));
    if (from.equals(to)) {
      return new TypeChange(false, false, false);
    }
    if (from.array() != to.array()) {
      return new TypeChange(true, true, true);
    }
    if (from.base().equals(to.base())) {
      return sameBaseChange(from, to);
    }
    boolean fromString = STRING_TYPES.contains(from.base());
    boolean toString = STRING_TYPES.contains(to.base());
    if (fromString && toString) {
      boolean toUnbounded = to.base().equals("text") || (to.base().equals("character varying") && to.mods().isEmpty());
      if (toUnbounded) {
        // varchar and text share one representation; blank-padded character does not.
        return new TypeChange(from.base().equals("character"), false, false);
      }
      Integer fromLength = from.base().equals("text") || from.mods().isEmpty() ? null : from.mods().get(0);
      boolean mayFail = fromLength == null || to.mods().get(0) < fromLength;
      return new TypeChange(true, mayFail, false);
    }
    if (toString) {
      // Every type has an assignment cast to the string types (through its text form).
      boolean bounded = !to.base().equals("text") && !to.mods().isEmpty();
      return new TypeChange(true, bounded, false);
    }
    boolean fromInteger = INTEGER_DIGITS.containsKey(from.base());
    boolean toInteger = INTEGER_DIGITS.containsKey(to.base());
    boolean fromNumber = fromInteger || FLOAT_TYPES.contains(from.base()) || from.base().equals("numeric");
    boolean toNumber = toInteger || FLOAT_TYPES.contains(to.base()) || to.base().equals("numeric");
    if (fromNumber && toNumber) {
      boolean mayFail;
      if (toInteger) {
        mayFail = !fromInteger || INTEGER_DIGITS.get(to.base()) < INTEGER_DIGITS.get(from.base());
      } else if (to.base().equals("numeric") && !to.mods().isEmpty()) {
        int toDigits = to.mods().get(0) - (to.mods().size() > 1 ? to.mods().get(1) : 0);
        mayFail = !fromInteger || toDigits < INTEGER_DIGITS.get(from.base());
      } else {
        mayFail = false;
      }
      return new TypeChange(true, mayFail, false);
    }
    if (DATETIME_TYPES.contains(from.base()) && DATETIME_TYPES.contains(to.base())) {
      return new TypeChange(true, false, false);
    }
    if (from.base().equals("json") && to.base().equals("jsonb") || from.base().equals("jsonb") && to.base().equals("json")) {
      return new TypeChange(true, false, false);
    }
    return new TypeChange(true, true, true);
  }

  private static TypeChange sameBaseChange(ParsedType from, ParsedType to) {
    String base = from.base();
    List<Integer> f = from.mods();
    List<Integer> t = to.mods();
    if (base.equals("character varying")) {
      if (t.isEmpty()) {
        return new TypeChange(false, false, false);
      }
      boolean shorter = f.isEmpty() || t.get(0) < f.get(0);
      return new TypeChange(shorter, shorter, false);
    }
    if (base.equals("numeric")) {
      if (t.isEmpty()) {
        return new TypeChange(false, false, false);
      }
      if (f.isEmpty()) {
        return new TypeChange(true, true, false);
      }
      int fromScale = f.size() > 1 ? f.get(1) : 0;
      int toScale = t.size() > 1 ? t.get(1) : 0;
      boolean widening = fromScale == toScale && t.get(0) >= f.get(0);
      boolean mayFail = t.get(0) - toScale < f.get(0) - fromScale;
      return new TypeChange(!widening, mayFail, false);
    }
    if (PRECISION_TYPES.contains(base)) {
      boolean widening = t.isEmpty() || (!f.isEmpty() && t.get(0) >= f.get(0));
      return new TypeChange(!widening, false, false);
    }
    if (base.equals("character")) {
      int fromLength = f.isEmpty() ? 1 : f.get(0);
      int toLength = t.isEmpty() ? 1 : t.get(0);
      return new TypeChange(true, toLength < fromLength, false);
    }
    return new TypeChange(true, true, false);
  }

  @Override
  public String constraintName(String table, Constraint constraint) {
    String name;
    if (constraint instanceof PrimaryKey) {
      name = table + "_pkey";
    } else if (constraint instanceof UniqueConstraint u) {
      name = table + "_" + String.join("_", u.columns()) + "_key";
    } else if (constraint instanceof ForeignKey fk) {
      name = table + "_" + String.join("_", fk.columns()) + "_fkey";
    } else {
      name = table + "_check";
    }
    return name.length() > MAX_IDENTIFIER ? name.substring(0, MAX_IDENTIFIER) : name;
  }

  // ---- spellings -----------------------------------------------------------------------------------

  /** A type in format_type()'s spelling: lower case, aliases resolved, no spaces inside parentheses. */
  static String canonicalType(String sql) {
    String s = SPACE_IN_PARENTHESES.matcher(collapseWhitespace(sql))
        .replaceAll(m -> m.group(1) != null ? m.group(1) : m.group(2));
    if (s.contains("\"")) {
      return s; // a quoted user type name: compare as written
    }
    s = s.toLowerCase(Locale.ROOT);
    String suffix = "";
    while (s.endsWith("[]")) {
      suffix += "[]";
      s = s.substring(0, s.length() - 2).trim();
    }
    Matcher m = TYPE.matcher(s);
    if (!m.matches()) {
      return s + suffix;
    }
    String base = m.group(1).trim();
    String mods = m.group(2) == null ? "" : m.group(2);
    String zone = m.group(3) == null ? "" : m.group(3);
    if (zone.isEmpty()) {
      base = TYPE_ALIASES.getOrDefault(base, base);
    }
    if (base.matches("(timestamp|time)( with(out)? time zone)?")) {
      String plain = base.startsWith("timestamp") ? "timestamp" : "time";
      if (base.length() > plain.length()) {
        zone = base.substring(plain.length());
      } else if (zone.isEmpty()) {
        zone = " without time zone";
      }
      return plain + mods + zone + suffix;
    }
    return base + mods + suffix;
  }

  /** A default in one spelling: outer parentheses, casts of literals to string types and synonyms removed. */
  static String canonicalDefault(String sql) {
    if (sql == null) {
      return null;
    }
    String s = tidyExpression(sql);
    while (true) {
      Matcher m = STRING_CAST.matcher(s);
      if (!m.matches() || !isLiteralOrParenthesized(m.group(1))) {
        break;
      }
      s = tidyExpression(m.group(1));
    }
    if (CURRENT_TIMESTAMP_SPELLINGS.contains(s.toLowerCase(Locale.ROOT))) {
      return "now()";
    }
    return s;
  }

  /** An expression with its whitespace collapsed (outside string literals) and redundant outer parentheses removed. */
  static String tidyExpression(String sql) {
    String s = collapseWhitespace(sql);
    while (s.startsWith("(") && closingParen(s, 0) == s.length() - 1) {
      s = s.substring(1, s.length() - 1).trim();
    }
    return s;
  }

  private static boolean isLiteralOrParenthesized(String s) {
    String t = s.trim();
    if (t.startsWith("(")) {
      return closingParen(t, 0) == t.length() - 1;
    }
    if (!t.startsWith("'") || !t.endsWith("'") || t.length() < 2) {
      return false;
    }
    // One literal: quotes only in doubled pairs inside.
    String inner = t.substring(1, t.length() - 1);
    return inner.replace("''", "").indexOf('\'') < 0;
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1; string literals are skipped. */
  private static int closingParen(String s, int open) {
    int depth = 0;
    boolean inString = false;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        inString = !inString;
      } else if (!inString && c == '(') {
        depth++;
      } else if (!inString && c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String collapseWhitespace(String sql) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    boolean space = false;
    for (char c : sql.trim().toCharArray()) {
      if (c == '\'') {
        inString = !inString;
      }
      if (!inString && Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A canonical type split into base name, numeric modifiers and array-ness. */
  private record ParsedType(String base, List<Integer> mods, boolean array) {
    static ParsedType of(String canonical) {
      boolean array = canonical.endsWith("[]");
      String s = canonical.replace("[]", "");
      Matcher m = PARSED_TYPE.matcher(s);
      if (!m.matches()) {
        return new ParsedType(s, List.of(), array);
      }
      List<Integer> mods = new ArrayList<>();
      if (m.group(3) != null) {
        for (String part : m.group(3).split(",")) {
          mods.add(Integer.parseInt(part));
        }
      }
      String base = (m.group(1) + m.group(4)).trim();
      return new ParsedType(base, List.copyOf(mods), array);
    }
  }
}
