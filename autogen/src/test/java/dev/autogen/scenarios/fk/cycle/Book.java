package dev.autogen.scenarios.fk.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A book referencing its author. */
@Entity
@Table(name = "books")
public class Book {
  @Id
  Long id;

  @ManyToOne
  @JoinColumn(name = "author_id", foreignKey = @ForeignKey(name = "fk_books_author"))
  Author author;
}
