package dev.autogen.scenarios.zero.constraints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import org.hibernate.annotations.Check;

/** Unique constraints, checks and indexes. */
@Entity
@Table(
    name = "teams",
    uniqueConstraints = @UniqueConstraint(name = "uk_teams_org_name", columnNames = {"org", "name"}),
    indexes = {
      @Index(name = "ix_teams_name", columnList = "name"),
      @Index(name = "ix_teams_org_created", columnList = "org, created desc"),
      @Index(name = "ix_teams_slug", columnList = "slug", unique = true)
    })
@Check(name = "ck_teams_size", constraints = "size >= 0 and size <= 1000")
public class Team {
  @Id
  Long id;

  @Column(nullable = false)
  String name;

  @Column(nullable = false, length = 40)
  String org;

  @Column(unique = true)
  String code;

  String slug;

  @Check(constraints = "length(motto) > 2")
  String motto;

  Integer size;

  LocalDate created;
}
