package dev.autogen.scenarios.enums.ordinal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ticket whose severity is stored by ordinal. */
@Entity
@Table(name = "tickets")
public class Ticket {
  @Id
  Long id;

  @Enumerated(EnumType.ORDINAL)
  Severity severity;
}
