package dev.autogen.scenarios.index.unique;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The email index made unique. */
@Entity
@Table(name = "users", indexes = @Index(name = "ix_users_email", columnList = "email", unique = true))
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;
}
