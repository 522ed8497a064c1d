package dev.autogen.scenarios.zero.types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Enums three ways, a UUID key, JSON. */
@Entity
@Table(name = "tickets")
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  Priority priority;

  @Enumerated(EnumType.ORDINAL)
  Severity severity;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.NAMED_ENUM)
  Stage stage;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, Object> attributes;

  @JdbcTypeCode(SqlTypes.JSON)
  List<String> labels;

  UUID reporter;
}
