package dev.autogen.entity.model.embedded;

import jakarta.persistence.Embeddable;

/** Nested inside an address. */
@Embeddable
public class GeoPoint {
  Double latitude;
  Double longitude;
}
