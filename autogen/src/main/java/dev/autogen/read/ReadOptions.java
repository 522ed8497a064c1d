package dev.autogen.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What {@link DatabaseSchemaReader} reads: one schema ({@code public} unless told otherwise) and, within
 * it, the tables whose names pass the filters.
 *
 * <p>Filters are <b>globs</b> matched against the whole, unquoted table name, case-sensitively: {@code *}
 * matches any run of characters, {@code ?} exactly one, everything else itself ({@code audit_*},
 * {@code tmp_?}). A table is read when {@code include} is empty or one of its patterns matches, and no
 * {@code exclude} pattern matches. The version tables ({@link #VERSION_TABLES}) are never read, whatever
 * the filters say; a project that renames them adds the new names to {@code exclude}.
 *
 * <p>A sequence owned by a column ({@code serial}, {@code OWNED BY}) of a table that is not read is not
 * read either, so excluding a table excludes all of it.
 */
public record ReadOptions(String schema, List<String> include, List<String> exclude) {

  /** The tables where autogen records revisions; never part of a diff. */
  public static final Set<String> VERSION_TABLES = Set.of("autogen_version", "autogen_history");

  public ReadOptions {
    schema = schema == null ? "public" : schema;
    if (schema.isBlank()) {
      throw new IllegalArgumentException("the schema to read cannot be blank");
    }
    include = include == null ? List.of() : List.copyOf(include);
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
    for (String pattern : include) {
      requirePattern(pattern);
    }
    for (String pattern : exclude) {
      requirePattern(pattern);
    }
  }

  /** Every table of schema {@code public}, except the version tables. */
  public static ReadOptions defaults() {
    return new ReadOptions("public", List.of(), List.of());
  }

  /** Every table of {@code schema} except the version tables. */
  public static ReadOptions forSchema(String schema) {
    return new ReadOptions(schema, List.of(), List.of());
  }

  /** The same filters on another schema. */
  public ReadOptions inSchema(String name) {
    return new ReadOptions(name, include, exclude);
  }

  /** Only tables matching one of these globs (added to those already given). */
  public ReadOptions including(String... globs) {
    return new ReadOptions(schema, concat(include, globs), exclude);
  }

  /** No table matching one of these globs (added to those already given). */
  public ReadOptions excluding(String... globs) {
    return new ReadOptions(schema, include, concat(exclude, globs));
  }

  /** The table filter, compiled once: true for the names of tables to read. */
  public Predicate<String> tableFilter() {
    List<Pattern> in = include.stream().map(ReadOptions::glob).toList();
    List<Pattern> out = exclude.stream().map(ReadOptions::glob).toList();
    return name -> !VERSION_TABLES.contains(name)
        && (in.isEmpty() || in.stream().anyMatch(p -> p.matcher(name).matches()))
        && out.stream().noneMatch(p -> p.matcher(name).matches());
  }

  /** A glob as a regular expression over the whole name. */
  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char ch = glob.charAt(i);
      if (ch == '*' || ch == '?') {
        if (literal.length() > 0) {
          regex.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        regex.append(ch == '*' ? ".*" : ".");
      } else {
        literal.append(ch);
      }
    }
    if (literal.length() > 0) {
      regex.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static void requirePattern(String pattern) {
    Objects.requireNonNull(pattern, "table pattern");
    if (pattern.isBlank()) {
      throw new IllegalArgumentException("a table pattern cannot be blank; give a name or a glob such as audit_*");
    }
  }

  private static List<String> concat(List<String> first, String... more) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(more));
    return all;
  }
}
