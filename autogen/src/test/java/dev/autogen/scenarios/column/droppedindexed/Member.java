package dev.autogen.scenarios.column.droppedindexed;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member without its team: the column goes with its index and foreign key. */
@Entity
@Table(name = "members")
public class Member {
  @Id
  Long id;
}
