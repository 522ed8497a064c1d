package dev.autogen.entity.model.generators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Hibernate's default sequence: receipt_seq, increment 50. */
@Entity
public class Receipt {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  Long id;
}
