package dev.autogen.entity.model.embedded;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An element of an ordered element collection. */
@Embeddable
public class Phone {
  @Column(nullable = false, length = 30)
  String number;

  String kind;
}
