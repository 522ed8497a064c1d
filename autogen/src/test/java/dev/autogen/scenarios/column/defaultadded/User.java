package dev.autogen.scenarios.column.defaultadded;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** A status with a server default. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @ColumnDefault("'new'")
  @Column(length = 20)
  String status;
}
