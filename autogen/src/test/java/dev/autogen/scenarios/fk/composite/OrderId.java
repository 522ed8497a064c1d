package dev.autogen.scenarios.fk.composite;

import java.io.Serializable;
import java.util.Objects;

/** The key of an order. */
public class OrderId implements Serializable {
  String region;
  Integer number;

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderId && Objects.equals(region, ((OrderId) o).region) && Objects.equals(number, ((OrderId) o).number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, number);
  }
}
