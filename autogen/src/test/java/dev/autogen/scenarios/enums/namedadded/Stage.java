package dev.autogen.scenarios.enums.namedadded;

/** The stages of a task. */
public enum Stage {
  OPEN,
  IN_PROGRESS,
  DONE
}
