package dev.autogen.scenarios.identity.dropped;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key the application assigns, where the database generated it. */
@Entity
@Table(name = "counters")
public class Counter {
  @Id
  Integer id;

  Integer n;
}
