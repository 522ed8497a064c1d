package dev.autogen.entity.model.joined;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Paid by transfer. */
@Entity
@Table(name = "bank_transfers")
public class BankTransfer extends Payment {
  String iban;
}
