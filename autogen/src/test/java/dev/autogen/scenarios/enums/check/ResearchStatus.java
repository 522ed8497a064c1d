package dev.autogen.scenarios.enums.check;

/** Where research is; REVIEW is new. */
public enum ResearchStatus {
  DRAFT,
  REVIEW,
  PUBLISHED
}
