package dev.autogen.runtime.testmigrations.good;

/** A class among the migrations that is not one. */
public final class Helper {
  private Helper() {}
}
