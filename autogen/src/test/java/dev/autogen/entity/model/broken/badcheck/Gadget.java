package dev.autogen.entity.model.broken.badcheck;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Check;

/** Boots fine, but PostgreSQL rejects its check constraint. */
@Entity
@Check(constraints = "weight_kg > 0")
public class Gadget {
  @Id
  Long id;

  Double weight;
}
