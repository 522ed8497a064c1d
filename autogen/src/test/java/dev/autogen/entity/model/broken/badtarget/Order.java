package dev.autogen.entity.model.broken.badtarget;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

/** mappedBy names an attribute the target does not have: a mapping error. */
@Entity
public class Order {
  @Id
  Long id;

  @OneToMany(mappedBy = "order")
  List<Item> items;
}
