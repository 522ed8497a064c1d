package dev.autogen.scenarios.inheritance.joined;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Joined inheritance: a table per class, joined on the key. */
@Entity
@Table(name = "payments")
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Payment {
  @Id
  Long id;

  @Column(precision = 12, scale = 2, nullable = false)
  BigDecimal amount;
}
