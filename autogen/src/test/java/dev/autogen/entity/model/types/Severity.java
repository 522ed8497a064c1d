package dev.autogen.entity.model.types;

/** Stored by ordinal. */
public enum Severity { MINOR, MAJOR, CRITICAL }
