package dev.autogen.scenarios.fk.self;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A tree node referencing its parent. */
@Entity
@Table(name = "nodes")
public class Node {
  @Id
  Long id;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  Node parent;
}
