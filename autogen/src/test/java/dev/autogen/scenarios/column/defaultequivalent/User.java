package dev.autogen.scenarios.column.defaultequivalent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnDefault;

/** Server defaults the start spells otherwise. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @ColumnDefault("CURRENT_TIMESTAMP")
  @Column(name = "created_at")
  Instant createdAt;

  @ColumnDefault("0")
  Integer visits;

  @ColumnDefault("'new'")
  @Column(length = 20)
  String status;
}
