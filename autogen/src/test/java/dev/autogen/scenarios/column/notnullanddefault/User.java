package dev.autogen.scenarios.column.notnullanddefault;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** A role now required, with a server default. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @ColumnDefault("'member'")
  @Column(nullable = false, length = 20)
  String role;
}
