package dev.autogen.scenarios.table.droppedreferenced;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member keeping its team's id; the teams table goes. */
@Entity
@Table(name = "members")
public class Member {
  @Id
  Long id;

  @Column(name = "team_id")
  Long teamId;
}
