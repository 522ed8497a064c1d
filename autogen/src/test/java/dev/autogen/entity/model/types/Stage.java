package dev.autogen.entity.model.types;

/** Stored as a PostgreSQL named enum type. */
public enum Stage { OPEN, IN_PROGRESS, DONE }
