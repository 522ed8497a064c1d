package dev.autogen.scenarios.json;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A user with preferences stored as JSON. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @JdbcTypeCode(SqlTypes.JSON)
  Map<String, Object> preferences;
}
