package dev.autogen.runtime.schema;

/** Something that can be listed inside {@code createTable}: a column, a constraint, or the table comment. */
public sealed interface TableElement permits Column, Constraint, TableComment {}
