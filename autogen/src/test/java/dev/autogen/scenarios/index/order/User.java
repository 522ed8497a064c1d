package dev.autogen.scenarios.index.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** An index whose columns change order. */
@Entity
@Table(name = "users", indexes = @Index(name = "ix_users_name_email", columnList = "name, email"))
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  String name;
}
