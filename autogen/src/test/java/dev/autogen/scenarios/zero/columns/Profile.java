package dev.autogen.scenarios.zero.columns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.hibernate.Length;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

/** Column types, lengths, nullability, defaults and comments. */
@Entity
@Table(name = "profiles")
@Comment("who someone is")
public class Profile {
  @Id
  Long id;

  @Column(nullable = false, length = 80)
  String name;

  @Column(length = Length.LONG32)
  String bio;

  @Column(columnDefinition = "text")
  String notes;

  @Column(precision = 10, scale = 2)
  BigDecimal balance;

  int logins;

  short rank;

  Long points;

  double ratio;

  Float weight;

  boolean active;

  LocalDate born;

  @Column(name = "created_at", nullable = false)
  @ColumnDefault("CURRENT_TIMESTAMP")
  Instant createdAt;

  @Column(name = "updated_at")
  OffsetDateTime updatedAt;

  @Column(name = "seen_at")
  LocalDateTime seenAt;

  @ColumnDefault("'member'")
  @Column(length = 20, nullable = false)
  @Comment("what they may do")
  String role;

  @ColumnDefault("0")
  Integer visits;

  @ColumnDefault("true")
  Boolean subscribed;

  byte[] avatar;
}
