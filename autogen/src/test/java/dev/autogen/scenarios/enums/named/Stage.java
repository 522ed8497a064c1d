package dev.autogen.scenarios.enums.named;

/** The stages of a task; IN_PROGRESS is new. */
public enum Stage {
  OPEN,
  IN_PROGRESS,
  DONE
}
