package dev.autogen.scenarios.index.added;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** An index on the email. */
@Entity
@Table(name = "users", indexes = @Index(name = "ix_users_email", columnList = "email"))
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;
}
