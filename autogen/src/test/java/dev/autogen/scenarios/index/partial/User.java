package dev.autogen.scenarios.index.partial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** An index on the email, partial through JPA 3.2's index options. */
@Entity
@Table(name = "users", indexes = @Index(name = "ix_users_email", columnList = "email", options = "where email <> ''"))
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;
}
