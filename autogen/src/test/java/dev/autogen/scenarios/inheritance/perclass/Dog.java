package dev.autogen.scenarios.inheritance.perclass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A dog. */
@Entity
@Table(name = "dogs")
public class Dog extends Animal {
  @Column(length = 50)
  String breed;
}
