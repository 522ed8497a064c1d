package dev.autogen.scenarios.zero.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Hibernate's default sequence generator. */
@Entity
@Table(name = "receipts")
public class Receipt {
  @Id
  @GeneratedValue
  Long id;
}
