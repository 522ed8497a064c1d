package dev.autogen.scenarios.fk.embeddedid;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A parcel of a shipment, referencing both columns of its key. */
@Entity
@Table(name = "parcels")
public class Parcel {
  @Id
  Long id;

  @ManyToOne(optional = false)
  @JoinColumns(
      value = {
        @JoinColumn(name = "shipment_carrier", referencedColumnName = "carrier"),
        @JoinColumn(name = "shipment_code", referencedColumnName = "code")
      },
      foreignKey = @ForeignKey(name = "fk_parcels_shipment"))
  Shipment shipment;
}
