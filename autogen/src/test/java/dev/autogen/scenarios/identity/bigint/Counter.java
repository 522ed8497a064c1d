package dev.autogen.scenarios.identity.bigint;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An identity key that outgrew integer. */
@Entity
@Table(name = "counters")
public class Counter {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  Integer n;
}
