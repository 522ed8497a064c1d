package dev.autogen.scenarios.embeddablecollection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An address. */
@Embeddable
public class Address {
  @Column(nullable = false)
  String street;

  @Column(length = 100)
  String city;
}
