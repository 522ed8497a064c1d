package dev.autogen.scenarios.fk.embeddedid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of a shipment: carrier and code. */
@Embeddable
public class ShipmentId implements Serializable {
  @Column(length = 20)
  String carrier;

  @Column(length = 40)
  String code;

  @Override
  public boolean equals(Object o) {
    return o instanceof ShipmentId && Objects.equals(carrier, ((ShipmentId) o).carrier)
        && Objects.equals(code, ((ShipmentId) o).code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(carrier, code);
  }
}
