package dev.autogen.entity.model.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Embeddables (nested, overridden) and element collections of basics, embeddables and a map. */
@Entity
public class Person {
  @Id
  @GeneratedValue
  Long id;

  @Embedded
  Address home;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "work_street")),
    @AttributeOverride(name = "city", column = @Column(name = "work_city")),
    @AttributeOverride(name = "location.latitude", column = @Column(name = "work_lat")),
    @AttributeOverride(name = "location.longitude", column = @Column(name = "work_lon"))
  })
  Address work;

  @ElementCollection
  @CollectionTable(name = "person_nicknames", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "nickname", length = 50)
  Set<String> nicknames;

  @ElementCollection
  @OrderColumn(name = "position")
  List<Phone> phones;

  @ElementCollection
  @MapKeyColumn(name = "label_key")
  @Column(name = "label_value")
  Map<String, String> labels;
}
