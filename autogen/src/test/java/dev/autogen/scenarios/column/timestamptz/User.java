package dev.autogen.scenarios.column.timestamptz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Points in time with a time zone, where they were local date-times. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @Column(name = "seen_at")
  Instant seenAt;

  @Column(name = "updated_at")
  OffsetDateTime updatedAt;
}
