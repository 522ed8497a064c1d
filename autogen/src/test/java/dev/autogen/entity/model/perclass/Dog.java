package dev.autogen.entity.model.perclass;

import jakarta.persistence.Entity;

/** Barks. */
@Entity
public class Dog extends Animal {
  boolean goodBoy;
}
