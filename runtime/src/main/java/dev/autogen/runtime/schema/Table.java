package dev.autogen.runtime.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: columns in order, primary key (or null), unique, check and foreign key constraints, indexes,
 * comment. Immutable; dialect-neutral.
 */
public record Table(
    String name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniqueConstraints,
    List<CheckConstraint> checkConstraints,
    List<ForeignKey> foreignKeys,
    List<Index> indexes,
    String comment) {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    uniqueConstraints = uniqueConstraints == null ? List.of() : List.copyOf(uniqueConstraints);
    checkConstraints = checkConstraints == null ? List.of() : List.copyOf(checkConstraints);
    foreignKeys = foreignKeys == null ? List.of() : List.copyOf(foreignKeys);
    indexes = indexes == null ? List.of() : List.copyOf(indexes);
  }

  /** Builds a table from the elements given to {@code createTable} (no indexes: those are separate ops). */
  public static Table of(String name, List<? extends TableElement> elements) {
    List<Column> columns = new ArrayList<>();
    PrimaryKey pk = null;
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<CheckConstraint> checks = new ArrayList<>();
    List<ForeignKey> fks = new ArrayList<>();
    String comment = null;
    for (TableElement e : elements) {
      if (e instanceof Column c) {
        columns.add(c);
      } else if (e instanceof PrimaryKey p) {
        if (pk != null) {
          throw new IllegalArgumentException("table " + name + " is given two primary keys");
        }
        pk = p;
      } else if (e instanceof UniqueConstraint u) {
        uniques.add(u);
      } else if (e instanceof CheckConstraint c) {
        checks.add(c);
      } else if (e instanceof ForeignKey f) {
        fks.add(f);
      } else if (e instanceof TableComment t) {
        comment = t.text();
      }
    }
    return new Table(name, columns, pk, uniques, checks, fks, List.of(), comment);
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The elements that re-create this table with {@code createTable} (indexes excluded). */
  public List<TableElement> elements() {
    List<TableElement> out = new ArrayList<>(columns);
    if (primaryKey != null) {
      out.add(primaryKey);
    }
    out.addAll(uniqueConstraints);
    out.addAll(checkConstraints);
    out.addAll(foreignKeys);
    if (comment != null) {
      out.add(new TableComment(comment));
    }
    return out;
  }

  public Table withColumns(List<Column> value) {
    return new Table(name, value, primaryKey, uniqueConstraints, checkConstraints, foreignKeys, indexes, comment);
  }

  public Table withForeignKeys(List<ForeignKey> value) {
    return new Table(name, columns, primaryKey, uniqueConstraints, checkConstraints, value, indexes, comment);
  }

  public Table withIndexes(List<Index> value) {
    return new Table(name, columns, primaryKey, uniqueConstraints, checkConstraints, foreignKeys, value, comment);
  }

  public Table withComment(String value) {
    return new Table(name, columns, primaryKey, uniqueConstraints, checkConstraints, foreignKeys, indexes, value);
  }
}
