package dev.autogen.scenarios.fk.dropped;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member that keeps its team's id, without a foreign key. */
@Entity
@Table(name = "members")
public class Member {
  @Id
  Long id;

  @Column(name = "team_id")
  Long teamId;
}
