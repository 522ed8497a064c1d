package dev.autogen.entity.model.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

/** The inverse side of the join table; a natural key. */
@Entity
@Table(name = "courses")
public class Course {
  @Id
  String code;

  @ManyToMany(mappedBy = "courses")
  Set<Student> students;
}
