package dev.autogen.scenarios.column.primarykey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A membership keyed by user and team, where it was keyed by user alone. */
@Entity
@Table(name = "memberships")
@IdClass(MembershipId.class)
public class Membership {
  @Id
  @Column(name = "user_id")
  Long userId;

  @Id
  @Column(name = "team_id")
  Long teamId;
}
