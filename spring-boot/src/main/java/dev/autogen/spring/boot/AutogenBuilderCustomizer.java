package dev.autogen.spring.boot;

import dev.autogen.runtime.Autogen;

/**
 * A bean of this type adjusts the {@link Autogen.Builder} of the auto-configured {@link Autogen} before it
 * is built: a listener, a different data source, accepting edited migrations.
 */
@FunctionalInterface
public interface AutogenBuilderCustomizer {
  void customize(Autogen.Builder builder);
}
