package dev.autogen.runtime.testmigrations.duplicate;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** One of two migrations with the same id: an error. */
@Revision(id = "same")
public final class SameA implements Migration {
  @Override
  public void upgrade(Operations op) {}

  @Override
  public void downgrade(Operations op) {}
}
