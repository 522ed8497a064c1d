package dev.autogen.scenarios.unique.added;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An email that must be unique. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false, unique = true)
  String email;
}
