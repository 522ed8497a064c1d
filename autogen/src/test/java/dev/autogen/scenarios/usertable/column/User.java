package dev.autogen.scenarios.usertable.column;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** A column added to the table named user. */
@Entity
@Table(name = "`user`")
public class User {
  @Id
  Long id;

  @ColumnDefault("'x'")
  @Column(name = "`select`", nullable = false)
  String select;
}
