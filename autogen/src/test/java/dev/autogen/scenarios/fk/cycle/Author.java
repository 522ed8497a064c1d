package dev.autogen.scenarios.fk.cycle;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An author referencing a book, which references an author. */
@Entity
@Table(name = "authors")
public class Author {
  @Id
  Long id;

  @ManyToOne
  @JoinColumn(name = "favourite_book_id", foreignKey = @ForeignKey(name = "fk_authors_favourite_book"))
  Book favouriteBook;
}
