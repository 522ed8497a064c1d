package dev.autogen.lint;

import java.util.Locale;

/**
 * How serious a lint finding is. {@code autogen lint} fails on an {@link #ERROR} that the migration does not
 * accept with {@code @AcceptLint}; warnings and infos are reported only.
 */
public enum Level {
  /** Loses data or breaks running code: must be fixed or accepted with a reason. */
  ERROR,
  /** Can lock out the application or fail on existing rows: worth a safer form. */
  WARNING,
  /** Schema design advice. */
  INFO;

  /** The level in lower case, as printed. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
