package dev.autogen.scenarios.column.notnulldefault;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** A team member with a new required attribute and a server default. */
@Entity
@Table(name = "team_members")
public class TeamMember {
  @Id
  Long id;

  @Column(nullable = false, length = 100)
  String name;

  @ColumnDefault("'member'")
  @Column(nullable = false, length = 20)
  String role;
}
