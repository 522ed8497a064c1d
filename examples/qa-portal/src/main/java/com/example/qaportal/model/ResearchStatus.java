package com.example.qaportal.model;

/** Where a piece of research is in its life. Stored by name, so new states can go anywhere in the list. */
public enum ResearchStatus {
  DRAFT,
  IN_PROGRESS,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED
}
