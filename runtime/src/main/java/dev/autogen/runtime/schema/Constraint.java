package dev.autogen.runtime.schema;

/** A table constraint. The name may be null when the database is to choose it. */
public sealed interface Constraint extends TableElement
    permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {
  /** The constraint's name, or null for a name the database chooses. */
  String name();

  /** The same constraint under another name. */
  Constraint named(String name);
}
