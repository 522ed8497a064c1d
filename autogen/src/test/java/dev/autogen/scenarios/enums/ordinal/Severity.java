package dev.autogen.scenarios.enums.ordinal;

/** Severities stored by ordinal; BLOCKER is new. */
public enum Severity {
  MINOR,
  MAJOR,
  CRITICAL,
  BLOCKER
}
