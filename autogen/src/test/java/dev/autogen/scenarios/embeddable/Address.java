package dev.autogen.scenarios.embeddable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An address, embedded twice. */
@Embeddable
public class Address {
  String street;

  @Column(length = 100)
  String city;

  @Column(length = 10)
  String zip;
}
