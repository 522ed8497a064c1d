package dev.autogen.scenarios.fk.ondelete;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A member deleted with its team. */
@Entity
@Table(name = "members")
public class Member {
  @Id
  Long id;

  @ManyToOne
  @JoinColumn(name = "team_id", foreignKey = @ForeignKey(name = "fk_members_team"))
  @OnDelete(action = OnDeleteAction.CASCADE)
  Team team;
}
