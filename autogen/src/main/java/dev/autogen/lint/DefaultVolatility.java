package dev.autogen.lint;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a column default is volatile, as PostgreSQL decides whether {@code ADD COLUMN ... DEFAULT e} must
 * rewrite the table: since version 11 a default that is not volatile is evaluated once and stored in the
 * catalog; a volatile one ({@code random()}, {@code gen_random_uuid()}, {@code clock_timestamp()},
 * {@code nextval()}) is evaluated for every row. {@code now()} and {@code CURRENT_TIMESTAMP} are stable, not
 * volatile. A function this class does not know may be either.
 */
final class DefaultVolatility {
  private DefaultVolatility() {}

  /** What a default expression is. */
  enum Kind { NOT_VOLATILE, VOLATILE, UNKNOWN }

  /** The verdict, and the function that decided it (null when none did). */
  record Verdict(Kind kind, String function) {}

  private static final Set<String> VOLATILE = Set.of("random", "random_normal", "gen_random_uuid", "uuid_generate_v1",
      "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval",
      "setval", "txid_current", "pg_current_xact_id");
  /** Immutable or stable functions and keywords written with parentheses that defaults commonly use. */
  private static final Set<String> NOT_VOLATILE = Set.of("now", "transaction_timestamp", "statement_timestamp",
      "current_setting", "cast", "coalesce", "nullif", "greatest", "least", "lower", "upper", "trim", "btrim",
      "concat", "concat_ws", "substring", "substr", "length", "replace", "to_char", "to_date", "to_timestamp",
      "to_number", "date_trunc", "date_part", "extract", "make_date", "make_time", "make_timestamp",
      "make_timestamptz", "make_interval", "abs", "round", "floor", "ceil", "json_build_object", "jsonb_build_object",
      "json_build_array", "jsonb_build_array", "array", "row", "timezone", "current_schema", "current_database",
      "pg_catalog", "format", "md5", "localtimestamp", "localtime", "current_time", "current_timestamp", "numeric",
      "varchar", "character", "char", "timestamp", "time", "interval", "decimal", "bit", "varbit", "float");

  private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_$]*)\\s*\\(");
  private static final Pattern CAST = Pattern.compile("::\\s*(\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_ ]*)(\\s*\\([0-9, ]*\\))?(\\[\\])*");

  static Verdict of(String expression) {
    String text = withoutLiterals(expression);
    text = CAST.matcher(text).replaceAll(" ");
    Matcher m = CALL.matcher(text);
    Verdict verdict = new Verdict(Kind.NOT_VOLATILE, null);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (VOLATILE.contains(name)) {
        return new Verdict(Kind.VOLATILE, name);
      }
      if (!NOT_VOLATILE.contains(name) && verdict.kind() == Kind.NOT_VOLATILE) {
        verdict = new Verdict(Kind.UNKNOWN, name);
      }
    }
    return verdict;
  }

  /** The expression with string literals and quoted names blanked out, and schema qualifiers dropped. */
  private static String withoutLiterals(String expression) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    for (char c : expression.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
        out.append(' ');
      } else if (c == '\'') {
        quote = c;
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    // pg_catalog.now() and public.uuid_generate_v4(): the function name is what counts.
    return out.toString().replaceAll("[A-Za-z_][A-Za-z0-9_]*\\s*\\.\\s*(?=[A-Za-z_])", "");
  }
}
