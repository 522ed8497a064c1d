package dev.autogen.scenarios.check.changed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

/** An age that must be at least 18. */
@Entity
@Table(name = "users")
@Check(name = "ck_users_age", constraints = "age >= 18")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  Integer age;
}
