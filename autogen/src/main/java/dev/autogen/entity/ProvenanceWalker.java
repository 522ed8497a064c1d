package dev.autogen.entity;

import dev.autogen.model.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.IdentifierCollection;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UnionSubclass;
import org.hibernate.mapping.Value;

/**
 * Walks Hibernate's boot metamodel to record which entity each table comes from and which attribute
 * (a path through embeddables, e.g. {@code Person.homeAddress.city}) each column comes from.
 *
 * <p>A column is credited to the first mapping that puts it there, walking each hierarchy from its root:
 * a single-table subclass's own attributes name the subclass; inherited columns name the superclass,
 * except in a table-per-class subclass's table, which holds copies of them under the subclass's name.
 * A collection table (element collection, join table) is credited to its attribute, e.g.
 * {@code Person.nicknames}, and so are its columns.
 */
final class ProvenanceWalker {
  private final Map<String, String> tables = new HashMap<>();
  private final Map<String, String> columns = new HashMap<>();

  private ProvenanceWalker() {}

  static Provenance walk(Metadata metadata) {
    ProvenanceWalker walker = new ProvenanceWalker();
    List<PersistentClass> classes = new ArrayList<>(metadata.getEntityBindings());
    // Roots first, so an inherited column is credited to the class that declares it.
    classes.sort(Comparator.comparingInt(ProvenanceWalker::depth).thenComparing(PersistentClass::getEntityName));
    for (PersistentClass entity : classes) {
      walker.entity(entity);
    }
    List<Collection> collections = new ArrayList<>(metadata.getCollectionBindings());
    // The owning side first: a many-to-many join table is credited to the attribute that maps it.
    collections.sort(Comparator.comparing(Collection::isInverse).thenComparing(Collection::getRole));
    for (Collection collection : collections) {
      walker.collection(collection);
    }
    return new Provenance(walker.tables, walker.columns);
  }

  private void entity(PersistentClass entity) {
    String owner = label(entity);
    Table table = entity.getTable();
    // A table-per-class subclass's table repeats the inherited columns: credit them to this subclass.
    boolean union = entity instanceof UnionSubclass;
    table(table, owner);
    Property id = entity.getIdentifierProperty();
    if (id != null) {
      value(union ? table : null, owner, id.getName(), id.getValue());
    } else if (entity.getIdentifier() instanceof Component) {
      // @IdClass or an id of several @Id attributes: the component's properties are the entity's attributes.
      for (Property p : ((Component) entity.getIdentifier()).getProperties()) {
        value(union ? table : null, owner, p.getName(), p.getValue());
      }
    }
    String idName = id != null ? id.getName() : "id";
    if (entity.getSuperclass() != null && !union && entity.getKey() != null && entity.getKey().getTable() == table) {
      // A joined subclass's primary key, which references the superclass's table.
      value(table, owner, idName, entity.getKey());
    }
    if (entity.getDiscriminator() != null) {
      for (Column c : entity.getDiscriminator().getColumns()) {
        column(entity.getDiscriminator().getTable(), c, owner + " discriminator");
      }
    }
    for (Property p : union ? entity.getPropertyClosure() : entity.getProperties()) {
      value(union ? table : null, owner, p.getName(), p.getValue());
    }
    if (entity.getVersion() != null) {
      value(union ? table : null, owner, entity.getVersion().getName(), entity.getVersion().getValue());
    }
    for (Join join : entity.getJoins()) {
      table(join.getTable(), owner);
      value(join.getTable(), owner, idName, join.getKey());
      for (Property p : join.getProperties()) {
        value(join.getTable(), owner, p.getName(), p.getValue());
      }
    }
  }

  private void collection(Collection collection) {
    PersistentClass ownerEntity = collection.getOwner();
    String entityName = ownerEntity.getEntityName();
    String role = collection.getRole();
    String path = role.startsWith(entityName + ".") ? role.substring(entityName.length() + 1) : role;
    String attribute = label(ownerEntity) + "." + path;
    Table table = collection.getCollectionTable();
    if (!collection.isOneToMany()) {
      table(table, attribute);
    }
    columns(table, collection.getKey(), attribute);
    if (collection instanceof IndexedCollection) {
      columns(table, ((IndexedCollection) collection).getIndex(), attribute);
    }
    if (collection instanceof IdentifierCollection) {
      columns(table, ((IdentifierCollection) collection).getIdentifier(), attribute);
    }
    if (!collection.isOneToMany()) {
      Value element = collection.getElement();
      if (element instanceof Component) {
        for (Property p : ((Component) element).getProperties()) {
          value(table, attribute, p.getName(), p.getValue());
        }
      } else {
        columns(table, element, attribute);
      }
    }
  }

  /** Credits the columns of {@code value} to {@code owner.path}, descending into embeddables. */
  private void value(Table table, String owner, String path, Value value) {
    if (value == null || value instanceof Collection) {
      return; // collections are walked from the collection bindings
    }
    if (value instanceof Component) {
      for (Property p : ((Component) value).getProperties()) {
        value(table, owner, path + "." + p.getName(), p.getValue());
      }
      return;
    }
    columns(table, value, owner + "." + path);
  }

  private void columns(Table table, Value value, String attribute) {
    if (value == null) {
      return;
    }
    for (Column c : value.getColumns()) {
      column(table != null ? table : value.getTable(), c, attribute);
    }
  }

  private void table(Table table, String owner) {
    if (table != null && table.isPhysicalTable()) {
      tables.putIfAbsent(name(table.getName(), table.isQuoted()), owner);
    }
  }

  private void column(Table table, Column column, String attribute) {
    if (table != null && table.isPhysicalTable()) {
      columns.putIfAbsent(name(table.getName(), table.isQuoted()) + "." + name(column.getName(), column.isQuoted()), attribute);
    }
  }

  /** The name as the database keeps it: PostgreSQL folds unquoted identifiers to lower case. */
  private static String name(String name, boolean quoted) {
    return quoted ? name : name.toLowerCase(Locale.ROOT);
  }

  private static String label(PersistentClass entity) {
    Class<?> mapped = entity.getMappedClass();
    return mapped != null ? mapped.getSimpleName() : entity.getJpaEntityName();
  }

  private static int depth(PersistentClass entity) {
    int depth = 0;
    for (PersistentClass p = entity.getSuperclass(); p != null; p = p.getSuperclass()) {
      depth++;
    }
    return depth;
  }
}
