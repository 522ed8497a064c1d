package dev.autogen.diff;

import java.util.Objects;

/**
 * A warning that goes with a diff, for the reviewer of the generated migration: data an op loses, a type
 * change that rewrites the table, a statement that fails on some existing rows, an op the downgrade cannot
 * undo, or a difference autogen cannot write as ops at all.
 *
 * @param kind what sort of risk or gap this is
 * @param subject what it is about: {@code table}, {@code table.column} or a type or sequence name
 * @param text one sentence for a person, e.g. "dropping column users.age loses its data"
 */
public record DiffNote(Kind kind, String subject, String text) {

  /** The sorts of notes. */
  public enum Kind {
    /** An op throws data away (a dropped table or column); the downgrade restores the structure only. */
    DATA_LOSS,
    /** A column type change makes PostgreSQL rewrite the whole table (and its indexes) under a lock. */
    TABLE_REWRITE,
    /** An op fails when existing rows do not fit (NULLs, duplicates, too-long values, orphans). */
    MAY_FAIL,
    /** A type change has no automatic conversion: the op needs a USING expression. */
    NEEDS_USING,
    /** An op has no reverse: the downgrade must be written by hand. */
    IRREVERSIBLE,
    /** A difference that no op expresses: it must be written by hand, and it is still a difference. */
    MANUAL
  }

  public DiffNote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return kind + ": " + text;
  }
}
