package dev.autogen.lint;

import dev.autogen.runtime.AcceptLint;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.internal.ConnectionRequestedException;
import dev.autogen.runtime.internal.RecordingOperations;
import dev.autogen.runtime.op.Op;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lint of one existing migration: its upgrade recorded as ops (without a database) and linted, then its
 * {@link AcceptLint} annotations applied. A finding whose rule the migration accepts with a reason is
 * {@link #accepted()}; the rest are {@link #open()}. An acceptance without a reason, or of a rule that does not
 * exist, is itself an open error ({@link Rule#BAD_ACCEPTANCE}) and accepts nothing.
 *
 * @param info the migration's revision
 * @param open the findings not accepted, ordered by step
 * @param accepted the findings accepted, with the reason given
 */
public record MigrationLint(RevisionInfo info, List<Finding> open, List<Accepted> accepted) {

  public MigrationLint {
    open = List.copyOf(open);
    accepted = List.copyOf(accepted);
  }

  /** A finding the migration accepts, and why. */
  public record Accepted(Finding finding, String reason) {}

  /** True when an error-level finding is open: {@code autogen lint} then fails. */
  public boolean failing() {
    return open.stream().anyMatch(f -> f.level() == Level.ERROR);
  }

  /** Records the upgrade of {@code migration}, lints it and applies its acceptances. */
  public static MigrationLint of(RevisionInfo info, Migration migration, Linter linter) {
    RecordingOperations recording = new RecordingOperations();
    String stopped = null;
    try {
      migration.upgrade(recording);
    } catch (ConnectionRequestedException e) {
      stopped = "the upgrade uses the JDBC connection; what it does from there is not linted";
    } catch (RuntimeException e) {
      stopped = "recording the upgrade stopped at " + e.getClass().getSimpleName() + "; what follows is not linted";
    }
    List<Op> ops = recording.ops();
    List<Finding> findings = new ArrayList<>(linter.lint(ops, info.transactional()));
    if (stopped != null) {
      findings.add(new Finding(Rule.UNREAD_SQL, ops.size() + 1, "", stopped));
    }
    return accept(info, findings, List.of(migration.getClass().getAnnotationsByType(AcceptLint.class)));
  }

  /** Applies {@code acceptances} to {@code findings}. */
  static MigrationLint accept(RevisionInfo info, List<Finding> findings, List<AcceptLint> acceptances) {
    List<Finding> open = new ArrayList<>();
    Map<Rule, String> reasons = new LinkedHashMap<>();
    for (AcceptLint a : acceptances) {
      var rule = Rule.find(a.rule());
      if (rule.isEmpty() || !rule.get().acceptable()) {
        open.add(new Finding(Rule.BAD_ACCEPTANCE, 0, a.rule(), "@AcceptLint(rule = \"" + a.rule() + "\") names no rule"
            + (rule.isEmpty() ? "; did you mean " + nearest(a.rule()) + "?" : " that can be accepted")));
      } else if (a.reason() == null || a.reason().isBlank()) {
        open.add(new Finding(Rule.BAD_ACCEPTANCE, 0, rule.get().ruleName(), "@AcceptLint(rule = \"" + a.rule()
            + "\") gives no reason, so it accepts nothing; say why the finding is acceptable"));
      } else {
        reasons.put(rule.get(), a.reason().strip());
      }
    }
    List<Accepted> accepted = new ArrayList<>();
    for (Finding f : findings) {
      String reason = reasons.get(f.rule());
      if (reason != null) {
        accepted.add(new Accepted(f, reason));
      } else {
        open.add(f);
      }
    }
    for (Rule rule : reasons.keySet()) {
      if (accepted.stream().noneMatch(a -> a.finding().rule() == rule)) {
        open.add(new Finding(Rule.UNUSED_ACCEPTANCE, 0, rule.ruleName(), "@AcceptLint(rule = \"" + rule.ruleName()
            + "\") accepts nothing: the rule finds nothing in this migration"));
      }
    }
    open.sort(Comparator.comparingInt(Finding::step));
    return new MigrationLint(info, open, accepted);
  }

  /** The rule name closest to a misspelt one. */
  private static String nearest(String probe) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Rule r : Rule.values()) {
      int d = distance(probe.toLowerCase(java.util.Locale.ROOT), r.ruleName());
      if (r.acceptable() && d < bestDistance) {
        best = r.ruleName();
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
