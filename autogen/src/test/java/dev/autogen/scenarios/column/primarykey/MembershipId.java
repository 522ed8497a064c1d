package dev.autogen.scenarios.column.primarykey;

import java.io.Serializable;
import java.util.Objects;

/** The key of a membership. */
public class MembershipId implements Serializable {
  Long userId;
  Long teamId;

  @Override
  public boolean equals(Object o) {
    return o instanceof MembershipId && Objects.equals(userId, ((MembershipId) o).userId)
        && Objects.equals(teamId, ((MembershipId) o).teamId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, teamId);
  }
}
