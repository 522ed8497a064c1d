package dev.autogen.runtime.schema;

import java.util.List;
import java.util.Objects;

/** A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}) with its labels in order. */
public record EnumType(String name, List<String> values) {
  public EnumType {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(Objects.requireNonNull(values, "values"));
  }
}
