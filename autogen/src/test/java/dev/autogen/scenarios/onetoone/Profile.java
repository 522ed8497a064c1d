package dev.autogen.scenarios.onetoone;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A profile that now belongs to exactly one user. */
@Entity
@Table(name = "profiles")
public class Profile {
  @Id
  Long id;

  @OneToOne
  @JoinColumn(name = "user_id", foreignKey = @ForeignKey(name = "fk_profiles_user"))
  User user;
}
