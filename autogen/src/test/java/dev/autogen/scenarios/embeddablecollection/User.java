package dev.autogen.scenarios.embeddablecollection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.List;

/** A user with an ordered list of addresses in a collection table. */
@Entity
@Table(name = "users")
public class User {
  @Id
  Long id;

  @Column(nullable = false)
  String email;

  @ElementCollection
  @CollectionTable(
      name = "user_addresses",
      joinColumns = @JoinColumn(name = "user_id"),
      foreignKey = @ForeignKey(name = "fk_user_addresses_user"))
  @OrderColumn(name = "position")
  List<Address> addresses;
}
