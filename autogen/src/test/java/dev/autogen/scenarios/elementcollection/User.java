package dev.autogen.scenarios.elementcollection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;

/** A user with tags, kept in a collection table. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @ElementCollection
  @CollectionTable(name = "user_tags", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "tag", length = 50)
  Set<String> tags;
}
