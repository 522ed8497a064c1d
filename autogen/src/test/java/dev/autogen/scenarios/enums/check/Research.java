package dev.autogen.scenarios.enums.check;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Research with a status stored by name. */
@Entity
@Table(name = "research")
public class Research {
  @Id
  Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  ResearchStatus status;
}
