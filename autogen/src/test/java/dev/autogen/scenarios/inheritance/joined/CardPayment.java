package dev.autogen.scenarios.inheritance.joined;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A payment by card. */
@Entity
@Table(name = "card_payments")
public class CardPayment extends Payment {
  @Column(name = "card_number", length = 19)
  String cardNumber;
}
