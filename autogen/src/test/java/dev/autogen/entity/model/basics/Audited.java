package dev.autogen.entity.model.basics;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Timestamps shared by entities. */
@MappedSuperclass
public abstract class Audited {
  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;
}
