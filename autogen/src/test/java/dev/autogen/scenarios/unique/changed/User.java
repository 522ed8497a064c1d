package dev.autogen.scenarios.unique.changed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A unique constraint over two columns, where it had one. */
@Entity
@Table(name = "users", uniqueConstraints = @UniqueConstraint(name = "uk_users_email", columnNames = {"email", "handle"}))
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  String handle;
}
