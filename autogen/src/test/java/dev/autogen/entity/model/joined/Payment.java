package dev.autogen.entity.model.joined;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Joined inheritance: a table per class, each subclass's keyed by the root's id. */
@Entity
@Table(name = "payments")
@Inheritance(strategy = InheritanceType.JOINED)
public class Payment {
  @Id
  @GeneratedValue
  Long id;

  BigDecimal amount;
}
