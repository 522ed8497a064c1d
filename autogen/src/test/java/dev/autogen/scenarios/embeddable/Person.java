package dev.autogen.scenarios.embeddable;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person with a home and a work address. */
@Entity
@Table(name = "people")
public class Person {
  @Id
  Long id;

  String name;

  @Embedded
  Address home;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "work_street")),
    @AttributeOverride(name = "city", column = @Column(name = "work_city", length = 100)),
    @AttributeOverride(name = "zip", column = @Column(name = "work_zip", length = 10))
  })
  Address work;
}
