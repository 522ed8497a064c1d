package dev.autogen.entity.model.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A named sequence with its own allocation size. */
@Entity
public class Invoice {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_numbers")
  @SequenceGenerator(name = "invoice_numbers", sequenceName = "invoice_numbers", allocationSize = 20, initialValue = 1000)
  long id;
}
