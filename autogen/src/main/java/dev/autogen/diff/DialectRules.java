package dev.autogen.diff;

import dev.autogen.runtime.schema.Constraint;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;

/**
 * What the {@link SchemaDiffer} needs to know about one database and nothing more: which indexes the
 * database makes by itself, which spellings mean the same thing, what the defaults of omitted options
 * are, what a type change costs, and how the database names a constraint that was given none.
 *
 * <p>Both sides of a diff come from the same reader, so most values compare equal by construction; these
 * rules only cover what still differs in spelling but not in meaning.
 */
public interface DialectRules {

  /** The schema whose ops need no schema qualifier ({@code public}). */
  String defaultSchema();

  /**
   * True when {@code index} is the one the database created for a primary key or unique constraint of
   * {@code table}; such an index belongs to the constraint and is not compared on its own.
   */
  boolean isConstraintIndex(Table table, Index index);

  /** True when the two types are the same type. */
  boolean sameType(SqlType a, SqlType b);

  /** True when two server defaults (SQL expressions, either may be null) give the same value. */
  boolean sameDefault(String a, String b);

  /** True when two identity specifications (either may be null) are the same. */
  boolean sameIdentity(Identity a, Identity b);

  /** The sequence with every omitted option replaced by the value the database gives it. */
  Sequence canonical(Sequence sequence);

  /**
   * The index as compared: access method, NULLS placement, expressions and predicate in one spelling.
   * The name is kept.
   */
  Index canonical(Index index);

  /** An expression (of a check constraint, a generated column) as compared. */
  String canonicalExpression(String expression);

  /** What changing a column from one type to another costs. */
  TypeChange typeChange(SqlType from, SqlType to);

  /** The name the database gives {@code constraint} on {@code table} when the DDL names none. */
  String constraintName(String table, Constraint constraint);

  /**
   * The cost of a column type change: whether the table is rewritten, whether existing values may not
   * fit (the statement fails), and whether no assignment cast exists so a USING expression is needed.
   */
  record TypeChange(boolean rewritesTable, boolean mayFail, boolean needsUsing) {}
}
