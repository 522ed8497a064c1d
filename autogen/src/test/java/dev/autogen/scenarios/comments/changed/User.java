package dev.autogen.scenarios.comments.changed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

/** A user, described otherwise, with the email's comment removed. */
@Entity
@Table(name = "users")
@Comment("people who sign in")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;
}
