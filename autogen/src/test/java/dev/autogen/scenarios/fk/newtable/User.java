package dev.autogen.scenarios.fk.newtable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A user that now references a team, in a new table. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @ManyToOne
  @JoinColumn(name = "team_id")
  Team team;
}
