package dev.autogen.entity.model.perclass;

import jakarta.persistence.Entity;

/** Purrs. */
@Entity
public class Cat extends Animal {
  int lives;
}
