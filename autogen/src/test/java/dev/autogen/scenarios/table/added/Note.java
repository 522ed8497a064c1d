package dev.autogen.scenarios.table.added;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A new entity: its table is added. */
@Entity
@Table(name = "notes")
public class Note {
  @Id
  Long id;

  String body;
}
