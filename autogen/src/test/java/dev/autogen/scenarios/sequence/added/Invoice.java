package dev.autogen.scenarios.sequence.added;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Invoices numbered by a sequence. */
@Entity
@Table(name = "invoices")
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_numbers")
  @SequenceGenerator(name = "invoice_numbers", sequenceName = "invoice_numbers", initialValue = 1000, allocationSize = 20)
  Long id;
}
