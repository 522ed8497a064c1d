package dev.autogen.scenarios.fk.composite;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An order keyed by region and number. */
@Entity
@Table(name = "orders")
@IdClass(OrderId.class)
public class Order {
  @Id
  @Column(length = 10)
  String region;

  @Id
  Integer number;
}
