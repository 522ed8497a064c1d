package dev.autogen.entity.model.broken.badtarget;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Has no "order" attribute. */
@Entity
public class Item {
  @Id
  Long id;
}
