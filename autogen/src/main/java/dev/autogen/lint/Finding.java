package dev.autogen.lint;

import java.util.Objects;

/**
 * One thing a lint rule found in a migration.
 *
 * @param rule the rule that found it
 * @param step the position of the op it is about in the upgrade, from 1; 0 for the migration as a whole
 * @param subject what it is about: {@code table}, {@code table.column}, an index, constraint or type name
 * @param message one sentence for a person, e.g. "dropping column users.age deletes its data"
 */
public record Finding(Rule rule, int step, String subject, String message) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    subject = subject == null ? "" : subject;
  }

  /** The rule's level. */
  public Level level() {
    return rule.level();
  }

  /** {@code error AG102 drop-column: dropping column users.age deletes its data}. */
  public String line() {
    return rule.level().word() + " " + rule.id() + " " + rule.ruleName() + ": " + message;
  }

  /** {@link #line()} followed by the safe alternative: the form the generated file's Javadoc lists. */
  public String lineWithAlternative() {
    return line() + ". Instead: " + rule.alternative();
  }
}
