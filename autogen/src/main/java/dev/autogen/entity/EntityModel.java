package dev.autogen.entity;

import dev.autogen.model.Provenance;
import dev.autogen.runtime.schema.Schema;
import java.util.Objects;

/**
 * The target side of a diff: the schema Hibernate itself would create for the entities (its create DDL,
 * applied to a scratch database and read back), and which entity and attribute each table and column comes
 * from.
 */
public record EntityModel(Schema schema, Provenance provenance) {
  public EntityModel {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(provenance, "provenance");
  }
}
