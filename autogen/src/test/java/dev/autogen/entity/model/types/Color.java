package dev.autogen.entity.model.types;

/** A value type stored through an auto-applied converter. */
public record Color(int red, int green, int blue) {}
