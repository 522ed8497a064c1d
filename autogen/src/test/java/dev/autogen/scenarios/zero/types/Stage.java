package dev.autogen.scenarios.zero.types;

/** Stored as a PostgreSQL enum type. */
public enum Stage {
  OPEN,
  IN_PROGRESS,
  DONE
}
