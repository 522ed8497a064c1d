package dev.autogen.scenarios.zero.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A named sequence with its own start and increment. */
@Entity
@Table(name = "invoices")
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_numbers")
  @SequenceGenerator(name = "invoice_numbers", sequenceName = "invoice_numbers", initialValue = 1000, allocationSize = 20)
  Long id;
}
