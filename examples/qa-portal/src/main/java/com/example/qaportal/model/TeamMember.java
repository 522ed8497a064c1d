package com.example.qaportal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/** A user's membership of a QA team. */
@Entity
@Table(
    name = "team_members",
    uniqueConstraints = @UniqueConstraint(name = "uk_team_members_user_team", columnNames = {"user_id", "team"}))
public class TeamMember {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "user_id", nullable = false, foreignKey = @ForeignKey(name = "fk_team_members_user"))
  private User user;

  @Column(nullable = false, length = 100)
  private String team;

  @Column(name = "job_title", length = 100)
  private String jobTitle;

  @Column(name = "joined_on", nullable = false)
  private LocalDate joinedOn;

  protected TeamMember() {}

  public TeamMember(User user, String team, LocalDate joinedOn) {
    this.user = user;
    this.team = team;
    this.joinedOn = joinedOn;
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }
}
