package dev.autogen.scenarios.fk.added;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member that now references its team. */
@Entity
@Table(name = "members")
public class Member {
  @Id
  Long id;

  @ManyToOne
  @JoinColumn(name = "team_id")
  Team team;
}
