package dev.autogen.scenarios.index.partialinlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** An index on the email of open users only: a predicate with an IN list. */
@Entity
@Table(name = "users", indexes = @Index(name = "ix_users_open_email", columnList = "email", options = "where status in ('new', 'open')"))
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @Column(length = 20)
  String status;
}
