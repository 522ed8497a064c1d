package dev.autogen.scenarios.zero.types;

/** Stored by ordinal. */
public enum Severity {
  MINOR,
  MAJOR,
  CRITICAL
}
