package dev.autogen.entity.model.single;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A vehicle with a payload. */
@Entity
@DiscriminatorValue("truck")
public class Truck extends Vehicle {
  Double payload;
}
