package dev.autogen.scenarios.mixedcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Quoted mixed-case names, kept as written. */
@Entity
@Table(name = "\"TeamMembers\"")
public class TeamMember {
  @Id
  Long id;

  @Column(name = "\"LinkedIn\"")
  String linkedIn;
}
