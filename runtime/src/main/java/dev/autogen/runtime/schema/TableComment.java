package dev.autogen.runtime.schema;

/** The comment of a table, given as an element of {@code createTable}. */
public record TableComment(String text) implements TableElement {}
