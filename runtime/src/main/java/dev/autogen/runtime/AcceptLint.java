package dev.autogen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts the findings of one lint rule in this migration, for a stated reason, so that {@code autogen lint}
 * no longer fails on them:
 *
 * <pre>{@code
 * @AcceptLint(rule = "drop-column", reason = "column unused since v2.3")
 * @Revision(id = "20261124_0930_4f1c", parents = "20261120_1412_a9e2", message = "drop age")
 * public final class M20261124_0930_drop_age implements Migration { ... }
 * }</pre>
 *
 * <p>{@code rule} is the rule's id ({@code AG102}) or name ({@code drop-column}); {@code reason} is required,
 * and a blank one is itself a lint error. Repeat the annotation to accept several rules. It has no effect
 * when the migration runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(AcceptLint.List.class)
public @interface AcceptLint {
  /** The rule accepted: its id ({@code AG102}) or its name ({@code drop-column}). */
  String rule();

  /** Why the findings are acceptable here; must not be blank. */
  String reason();

  /** The container of repeated {@link AcceptLint} annotations (written by the compiler). */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface List {
    /** The annotations repeated on the class. */
    AcceptLint[] value();
  }
}
