package dev.autogen.scenarios.usertable.created;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A table named user, with a column named order: both reserved words. */
@Entity
@Table(name = "`user`")
public class User {
  @Id
  Long id;

  @Column(name = "`order`")
  Integer order;
}
