package dev.autogen.scenarios.column.notnull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A team member with a new required attribute. */
@Entity
@Table(name = "team_members")
public class TeamMember {
  @Id
  Long id;

  @Column(nullable = false, length = 100)
  String name;

  @Column(nullable = false)
  String role;
}
