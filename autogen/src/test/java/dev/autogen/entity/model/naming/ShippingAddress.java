package dev.autogen.entity.model.naming;

import jakarta.persistence.Embeddable;

/** Embedded without overrides: the implicit strategy decides the column names. */
@Embeddable
public class ShippingAddress {
  String streetName;
  String postCode;
}
