package dev.autogen.runtime.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index on {@code table}: its keys in order, uniqueness, a partial WHERE predicate, INCLUDE columns and
 * access method (null: btree). Built with {@link Ddl#index} and the methods here.
 */
public record Index(
    String name,
    String table,
    List<IndexElement> elements,
    boolean unique,
    String where,
    List<String> include,
    String method) {

  public Index {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
    include = include == null ? List.of() : List.copyOf(include);
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("index " + name + " needs at least one column or expression");
    }
  }

  public Index asUnique() {
    return new Index(name, table, elements, true, where, include, method);
  }

  public Index withUnique(boolean value) {
    return new Index(name, table, elements, value, where, include, method);
  }

  /** A partial index: only rows matching this SQL predicate. */
  public Index where(String predicate) {
    return new Index(name, table, elements, unique, predicate, include, method);
  }

  public Index include(String... columns) {
    return new Index(name, table, elements, unique, where, List.of(columns), method);
  }

  /** The access method: {@code btree}, {@code hash}, {@code gin}, {@code gist}, {@code brin}, ... */
  public Index using(String accessMethod) {
    return new Index(name, table, elements, unique, where, include, accessMethod);
  }

  public Index renamed(String newName) {
    return new Index(newName, table, elements, unique, where, include, method);
  }
}
