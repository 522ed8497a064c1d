package dev.autogen.runtime.testmigrations.unannotated;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;

/** A migration whose @Revision was forgotten: an error rather than a migration silently skipped. */
public final class Forgotten implements Migration {
  @Override
  public void upgrade(Operations op) {}

  @Override
  public void downgrade(Operations op) {}
}
