package dev.autogen.render;

import dev.autogen.model.Provenance;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Constraint;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words for changes: one line per op ({@code added column team_members.linkedin_url
 * (TeamMember.linkedinUrl)}) and the risks an op carries ({@code dropping column ... deletes its data}).
 * The generated file's Javadoc, the summary printed after generation and the {@code check} report all use
 * these, so a change reads the same everywhere.
 *
 * <p>With a {@link Provenance}, changes to tables and columns of the entity model name the entity or
 * attribute they come from, in parentheses.
 */
public final class ChangeDescriber {
  private static final int SQL_EXCERPT = 60;

  private final Provenance provenance;

  public ChangeDescriber(Provenance provenance) {
    this.provenance = provenance == null ? Provenance.none() : provenance;
  }

  /** A describer that names no entities. */
  public static ChangeDescriber withoutProvenance() {
    return new ChangeDescriber(Provenance.none());
  }

  /** One line, in the past tense, saying what {@code op} changes. */
  public String describe(Op op) {
    if (op instanceof Op.CreateTable o) {
      return "added table " + qualified(o.schema(), o.table().name()) + ofTable(o.table().name());
    } else if (op instanceof Op.DropTable o) {
      return "dropped table " + qualified(o.schema(), o.name());
    } else if (op instanceof Op.RenameTable o) {
      return "renamed table " + qualified(o.schema(), o.from()) + " to " + o.to() + ofTable(o.to());
    } else if (op instanceof Op.SetTableComment o) {
      return commentChange(o.comment()) + " of table " + qualified(o.schema(), o.table()) + ofTable(o.table());
    } else if (op instanceof Op.AddColumn o) {
      return "added column " + column(o.schema(), o.table(), o.column().name()) + ofColumn(o.table(), o.column().name());
    } else if (op instanceof Op.DropColumn o) {
      return "dropped column " + column(o.schema(), o.table(), o.name());
    } else if (op instanceof Op.RenameColumn o) {
      return "renamed column " + column(o.schema(), o.table(), o.from()) + " to " + o.to() + ofColumn(o.table(), o.to());
    } else if (op instanceof Op.AlterColumn o) {
      return "changed column " + column(o.schema(), o.table(), o.column()) + ofColumn(o.table(), o.column())
          + ": " + String.join(", ", alterations(o));
    } else if (op instanceof Op.CreateIndex o) {
      Index i = o.index();
      return "added " + (i.unique() ? "unique index " : "index ") + i.name() + " on "
          + qualified(o.schema(), i.table()) + "(" + elements(i) + ")" + (i.where() == null ? "" : " where " + i.where())
          + (o.concurrently() ? ", concurrently" : "") + ofTable(i.table());
    } else if (op instanceof Op.DropIndex o) {
      return "dropped index " + qualified(o.schema(), o.name()) + (o.concurrently() ? ", concurrently" : "");
    } else if (op instanceof Op.AddPrimaryKey o) {
      return "added " + constraint(o.primaryKey(), o.schema(), o.table()) + ofTable(o.table());
    } else if (op instanceof Op.AddUniqueConstraint o) {
      return "added " + constraint(o.constraint(), o.schema(), o.table()) + ofTable(o.table());
    } else if (op instanceof Op.AddForeignKey o) {
      return "added " + constraint(o.foreignKey(), o.schema(), o.table()) + (o.notValid() ? ", not validated" : "")
          + ofTable(o.table());
    } else if (op instanceof Op.AddCheckConstraint o) {
      return "added " + constraint(o.constraint(), o.schema(), o.table()) + (o.notValid() ? ", not validated" : "")
          + ofTable(o.table());
    } else if (op instanceof Op.ValidateConstraint o) {
      return "validated constraint " + o.name() + " of " + qualified(o.schema(), o.table());
    } else if (op instanceof Op.DropConstraint o) {
      return "dropped " + kind(o.definition()) + " " + o.name() + " of " + qualified(o.schema(), o.table());
    } else if (op instanceof Op.CreateSequence o) {
      return "added sequence " + qualified(o.schema(), o.sequence().name());
    } else if (op instanceof Op.AlterSequence o) {
      return "changed sequence " + qualified(o.schema(), o.to().name());
    } else if (op instanceof Op.DropSequence o) {
      return "dropped sequence " + qualified(o.schema(), o.name());
    } else if (op instanceof Op.CreateEnumType o) {
      return "added enum type " + qualified(o.schema(), o.type().name()) + " ("
          + o.type().values().stream().map(ChangeDescriber::quoted).collect(Collectors.joining(", ")) + ")";
    } else if (op instanceof Op.DropEnumType o) {
      return "dropped enum type " + qualified(o.schema(), o.name());
    } else if (op instanceof Op.AddEnumValue o) {
      return "added value " + quoted(o.value()) + " to enum type " + qualified(o.schema(), o.type())
          + (o.before() != null ? " before " + quoted(o.before()) : "")
          + (o.after() != null ? " after " + quoted(o.after()) : "");
    } else if (op instanceof Op.Execute o) {
      return "ran SQL: " + excerpt(o.sql());
    } else if (op instanceof Op.BulkInsert o) {
      int n = o.rows().size();
      return "inserted " + n + (n == 1 ? " row" : " rows") + " into " + qualified(o.schema(), o.table());
    }
    throw new IllegalArgumentException("no description for op " + op.getClass().getSimpleName());
  }

  /**
   * The risks {@code op} carries for existing data, one line each (none for most ops): drops delete data,
   * and the downgrade that re-creates what was dropped brings back its structure, not its data.
   */
  public List<String> risks(Op op) {
    List<String> out = new ArrayList<>();
    if (op instanceof Op.DropTable o) {
      out.add("dropping table " + qualified(o.schema(), o.name()) + " deletes all its rows"
          + (o.definition() == null ? "" : "; the downgrade re-creates the table but not its data"));
    } else if (op instanceof Op.DropColumn o) {
      out.add("dropping column " + column(o.schema(), o.table(), o.name()) + " deletes its data"
          + (o.definition() == null ? "" : "; the downgrade re-adds the column but not its data"));
    } else if (op instanceof Op.DropSequence o) {
      out.add("dropping sequence " + qualified(o.schema(), o.name()) + " loses its current value"
          + (o.definition() == null ? "" : "; the downgrade re-creates it at its start value"));
    }
    return out;
  }

  // ---- parts ---------------------------------------------------------------------------------------

  private static List<String> alterations(Op.AlterColumn o) {
    List<String> parts = new ArrayList<>();
    if (o.type() != null) {
      Change<?> t = o.type();
      parts.add("type " + (t.fromKnown() ? "from " + t.from() + " to " : "to ") + t.to()
          + (o.using() == null ? "" : " using " + o.using()));
    }
    if (o.nullable() != null) {
      parts.add(Boolean.TRUE.equals(o.nullable().to()) ? "dropped NOT NULL" : "set NOT NULL");
    }
    if (o.defaultValue() != null) {
      Change<String> d = o.defaultValue();
      if (d.to() == null) {
        parts.add("dropped default" + (d.fromKnown() && d.from() != null ? " " + d.from() : ""));
      } else if (d.fromKnown() && d.from() != null) {
        parts.add("default from " + d.from() + " to " + d.to());
      } else {
        parts.add("default " + d.to());
      }
    }
    if (o.identity() != null) {
      Identity to = o.identity().to();
      parts.add(to == null ? "dropped identity" : "identity " + identity(to));
    }
    if (o.comment() != null) {
      parts.add(commentChange(o.comment()));
    }
    return parts;
  }

  private static String identity(Identity identity) {
    String words = identity.generation() == Identity.Generation.ALWAYS ? "generated always" : "generated by default";
    if (identity.start() != null) {
      words += ", start " + identity.start();
    }
    if (identity.increment() != null) {
      words += ", increment " + identity.increment();
    }
    return words;
  }

  private static String commentChange(Change<String> comment) {
    if (comment.to() == null) {
      return "removed comment";
    }
    return comment.fromKnown() && comment.from() != null ? "changed comment" : "set comment";
  }

  private static String constraint(Constraint c, String schema, String table) {
    String name = c.name() == null ? "" : " " + c.name();
    String on = " on " + qualified(schema, table);
    if (c instanceof PrimaryKey p) {
      return "primary key" + name + on + "(" + String.join(", ", p.columns()) + ")";
    } else if (c instanceof UniqueConstraint u) {
      return "unique constraint" + name + on + "(" + String.join(", ", u.columns()) + ")";
    } else if (c instanceof ForeignKey f) {
      String words = "foreign key" + name + on + "(" + String.join(", ", f.columns()) + ") referencing "
          + qualified(f.referencedSchema(), f.referencedTable()) + "(" + String.join(", ", f.referencedColumns()) + ")";
      if (f.onDelete() != ForeignKey.Action.NO_ACTION) {
        words += " on delete " + f.onDelete().sql().toLowerCase(java.util.Locale.ROOT);
      }
      if (f.onUpdate() != ForeignKey.Action.NO_ACTION) {
        words += " on update " + f.onUpdate().sql().toLowerCase(java.util.Locale.ROOT);
      }
      return words;
    }
    return "check constraint" + name + on + ": " + ((CheckConstraint) c).expression();
  }

  private static String kind(Constraint definition) {
    if (definition instanceof PrimaryKey) {
      return "primary key";
    } else if (definition instanceof UniqueConstraint) {
      return "unique constraint";
    } else if (definition instanceof ForeignKey) {
      return "foreign key";
    } else if (definition instanceof CheckConstraint) {
      return "check constraint";
    }
    return "constraint";
  }

  private static String elements(Index index) {
    List<String> parts = new ArrayList<>();
    for (IndexElement e : index.elements()) {
      String part = e.value() + (e.descending() ? " desc" : "");
      if (e.nulls() != null) {
        part += " nulls " + e.nulls().name().toLowerCase(java.util.Locale.ROOT);
      }
      parts.add(part);
    }
    return String.join(", ", parts);
  }

  private String ofTable(String table) {
    return provenance.ofTable(table).map(entity -> " (" + entity + ")").orElse("");
  }

  private String ofColumn(String table, String column) {
    Optional<String> attribute = provenance.ofColumn(table, column);
    return attribute.isPresent() ? " (" + attribute.get() + ")" : ofTable(table);
  }

  private static String qualified(String schema, String name) {
    return schema == null ? name : schema + "." + name;
  }

  private static String column(String schema, String table, String column) {
    return qualified(schema, table) + "." + column;
  }

  private static String quoted(String label) {
    return "'" + label + "'";
  }

  private static String excerpt(String sql) {
    String one = Objects.requireNonNull(sql).replaceAll("\\s+", " ").trim();
    return one.length() > SQL_EXCERPT ? one.substring(0, SQL_EXCERPT - 3) + "..." : one;
  }
}
