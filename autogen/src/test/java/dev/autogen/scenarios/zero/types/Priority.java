package dev.autogen.scenarios.zero.types;

/** Stored by name. */
public enum Priority {
  LOW,
  MEDIUM,
  HIGH
}
