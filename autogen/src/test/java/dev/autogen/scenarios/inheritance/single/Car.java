package dev.autogen.scenarios.inheritance.single;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A vehicle with doors. */
@Entity
@DiscriminatorValue("car")
public class Car extends Vehicle {
  Integer doors;
}
