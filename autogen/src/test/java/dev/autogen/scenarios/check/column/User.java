package dev.autogen.scenarios.check.column;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;

/** An age checked by a column-level @Check, which the database names. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @Check(constraints = "age >= 0")
  Integer age;
}
