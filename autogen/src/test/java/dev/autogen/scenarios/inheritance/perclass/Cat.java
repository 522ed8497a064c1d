package dev.autogen.scenarios.inheritance.perclass;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A cat. */
@Entity
@Table(name = "cats")
public class Cat extends Animal {
  Boolean indoor;
}
