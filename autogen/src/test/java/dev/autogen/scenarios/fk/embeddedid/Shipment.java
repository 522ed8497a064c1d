package dev.autogen.scenarios.fk.embeddedid;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A shipment keyed by an embedded id. */
@Entity
@Table(name = "shipments")
public class Shipment {
  @EmbeddedId
  ShipmentId id;

  LocalDate shipped;
}
