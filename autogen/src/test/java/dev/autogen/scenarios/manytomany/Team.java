package dev.autogen.scenarios.manytomany;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team. */
@Entity
@Table(name = "teams")
public class Team {
  @Id
  Long id;

  @Column(nullable = false)
  String name;
}
