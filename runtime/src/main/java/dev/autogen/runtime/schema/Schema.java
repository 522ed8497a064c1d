package dev.autogen.runtime.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One database schema (namespace) as read by a reader: its tables, sequences and enum types. This is the
 * only input the differ sees. {@code name} is the schema's name ({@code public} by default).
 */
public record Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {
  public Schema {
    Objects.requireNonNull(name, "name");
    tables = List.copyOf(tables);
    sequences = sequences == null ? List.of() : List.copyOf(sequences);
    enumTypes = enumTypes == null ? List.of() : List.copyOf(enumTypes);
  }

  public static Schema empty(String name) {
    return new Schema(name, List.of(), List.of(), List.of());
  }

  public Optional<Table> table(String tableName) {
    return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
  }
}
