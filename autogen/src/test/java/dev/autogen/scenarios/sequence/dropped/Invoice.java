package dev.autogen.scenarios.sequence.dropped;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Invoices no longer numbered by a sequence. */
@Entity
@Table(name = "invoices")
public class Invoice {
  @Id
  Long id;
}
