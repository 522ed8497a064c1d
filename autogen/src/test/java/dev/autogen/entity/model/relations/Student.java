package dev.autogen.entity.model.relations;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** The owning side of a many-to-many join table, and a many-to-one with ON DELETE CASCADE. */
@Entity
@Table(name = "students")
public class Student {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @ManyToMany
  @JoinTable(
      name = "enrollments",
      joinColumns = @JoinColumn(name = "student_id"),
      inverseJoinColumns = @JoinColumn(name = "course_id"))
  Set<Course> courses;

  @ManyToOne(optional = false)
  @JoinColumn(name = "school_id")
  @OnDelete(action = OnDeleteAction.CASCADE)
  School school;

  @ManyToOne
  Student mentor;
}
