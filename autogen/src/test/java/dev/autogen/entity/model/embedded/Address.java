package dev.autogen.entity.model.embedded;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** An embeddable used twice in Person and as a collection element. */
@Embeddable
public class Address {
  String street;

  @Column(length = 80)
  String city;

  @Embedded
  GeoPoint location;
}
