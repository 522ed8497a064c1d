package dev.autogen.scenarios.inheritance.perclass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;

/** Table per class: each concrete class gets a full table; no table for this one. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Animal {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "animal_ids")
  @SequenceGenerator(name = "animal_ids", sequenceName = "animal_ids", allocationSize = 10)
  Long id;

  @Column(nullable = false)
  String name;
}
