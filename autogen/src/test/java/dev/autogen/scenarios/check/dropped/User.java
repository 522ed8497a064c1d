package dev.autogen.scenarios.check.dropped;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An age without a check. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  Integer age;
}
