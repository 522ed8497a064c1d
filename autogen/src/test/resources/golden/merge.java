package com.example.migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * merge heads
 *
 * <p>Merges revisions 20261203_0900_9c2b, 20261203_0915_e1f0; no schema changes.
 */
@Revision(
    id = "20261204_1100_d00d",
    parents = {"20261203_0900_9c2b", "20261203_0915_e1f0"},
    message = "merge heads"
)
public final class M20261204_1100_merge_heads implements Migration {
  @Override
  public void upgrade(Operations op) {
  }

  @Override
  public void downgrade(Operations op) {
  }
}
