package dev.autogen.scenarios.inheritance.joined;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A new kind of payment: its own table, keyed by the payment. */
@Entity
@Table(name = "bank_transfers")
public class BankTransfer extends Payment {
  @Column(length = 34)
  String iban;
}
