package dev.autogen.entity.model.broken.noid;

import jakarta.persistence.Entity;

/** An entity without an identifier: a mapping error. */
@Entity
public class Orphan {
  String name;
}
