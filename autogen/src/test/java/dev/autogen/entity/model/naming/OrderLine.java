package dev.autogen.entity.model.naming;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Names left to the naming strategies. */
@Entity
public class OrderLine {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  String productCode;

  Integer quantityOrdered;

  @Embedded
  ShippingAddress shippingAddress;

  @ManyToOne
  PurchaseOrder purchaseOrder;
}
