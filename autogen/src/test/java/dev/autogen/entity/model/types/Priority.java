package dev.autogen.entity.model.types;

/** Stored by name. */
public enum Priority { LOW, MEDIUM, HIGH }
