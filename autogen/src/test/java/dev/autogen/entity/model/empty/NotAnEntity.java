package dev.autogen.entity.model.empty;

/** A package with no mapped classes. */
public class NotAnEntity {
  String name;
}
