package dev.autogen.scenarios.inheritance.single;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A new kind of vehicle: its attribute becomes a column of the one table. */
@Entity
@DiscriminatorValue("truck")
public class Truck extends Vehicle {
  Double payload;
}
