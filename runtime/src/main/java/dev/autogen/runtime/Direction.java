package dev.autogen.runtime;

import java.util.Locale;

/** What a step did to the database: applied a migration, reverted one, or only moved the version table. */
public enum Direction {
  UPGRADE,
  DOWNGRADE,
  STAMP;

  /** The word stored in the history table: {@code upgrade}, {@code downgrade} or {@code stamp}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The direction for a word from the history table. */
  public static Direction ofWord(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT));
  }
}
