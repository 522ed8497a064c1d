package dev.autogen.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the target schema's tables and columns come from in the entity model, for the generated file:
 * table name → entity (e.g. {@code TeamMember}), and {@code table.column} → attribute
 * (e.g. {@code TeamMember.linkedinUrl}). Empty when the target was not read from entities.
 */
public record Provenance(Map<String, String> tables, Map<String, String> columns) {
  public Provenance {
    tables = Map.copyOf(new TreeMap<>(tables));
    columns = Map.copyOf(new TreeMap<>(columns));
  }

  public static Provenance none() {
    return new Provenance(Map.of(), Map.of());
  }

  /** The entity a table comes from. */
  public Optional<String> ofTable(String table) {
    return Optional.ofNullable(tables.get(table));
  }

  /** The entity attribute a column comes from ({@code Entity.attribute}). */
  public Optional<String> ofColumn(String table, String column) {
    return Optional.ofNullable(columns.get(table + "." + column));
  }
}
