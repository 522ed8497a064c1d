package dev.autogen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Identifies a {@link Migration}: its revision id, the revision(s) it follows ({@code parents}; none for a
 * base revision, two or more for a merge), branch labels, revisions it depends on without following them,
 * and its message. {@code transactional = false} runs it outside a transaction (for
 * {@code CREATE INDEX CONCURRENTLY}); such a migration should do one thing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
  String id();

  String[] parents() default {};

  String[] branchLabels() default {};

  String[] dependsOn() default {};

  String message() default "";

  boolean transactional() default true;
}
