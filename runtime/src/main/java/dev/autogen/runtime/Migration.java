package dev.autogen.runtime;

/**
 * One revision's schema change. Implementations are annotated with {@link Revision}, which carries the
 * revision id, its parents and its message; {@code upgrade} moves the database forward, {@code downgrade}
 * back to the parent revision(s).
 */
public interface Migration {
  void upgrade(Operations op);

  void downgrade(Operations op);
}
