package dev.autogen.scenarios.zero.constraints;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Foreign keys: plain, named, ON DELETE CASCADE and SET NULL. */
@Entity
@Table(name = "members")
public class Member {
  @Id
  Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "team_id")
  @OnDelete(action = OnDeleteAction.CASCADE)
  Team team;

  @ManyToOne
  @JoinColumn(name = "mentor_id", foreignKey = @ForeignKey(name = "fk_members_mentor"))
  @OnDelete(action = OnDeleteAction.SET_NULL)
  Member mentor;

  @ManyToOne
  @JoinColumn(name = "backup_team_id")
  Team backupTeam;
}
