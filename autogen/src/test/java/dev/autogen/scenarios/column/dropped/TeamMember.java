package dev.autogen.scenarios.column.dropped;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team member without the age the table still has. */
@Entity
@Table(name = "team_members")
public class TeamMember {
  @Id
  Long id;

  @Column(nullable = false, length = 100)
  String name;
}
