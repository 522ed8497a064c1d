package dev.autogen.cli;

import dev.autogen.lint.Finding;
import dev.autogen.lint.Level;
import dev.autogen.lint.Linter;
import dev.autogen.lint.MigrationLint;
import dev.autogen.lint.Rule;
import dev.autogen.runtime.AutogenException;
import dev.autogen.safety.ReversibilityVerifier;
import dev.autogen.runtime.MigrationLoadException;
import dev.autogen.runtime.RevisionException;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.runtime.internal.MigrationLoader;
import dev.autogen.runtime.internal.RevisionGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autogen lint [RANGE]}: lints existing migrations without a database. Each migration's upgrade is
 * recorded as ops and checked against the lint rules; findings its {@code @AcceptLint} annotations accept
 * are shown as accepted. Exit codes: 0 no open error-level finding, 1 at least one, 2 an error (a range that
 * does not resolve, a migration that does not compile).
 */
@Command(
    name = "lint",
    description = {
      "Check migrations for changes that lose data, lock busy tables or break the running application.",
      "RANGE is START:END (either side may be empty) or one revision; default: all. A finding is accepted per migration with"
          + " @AcceptLint(rule = \"drop-column\", reason = \"...\"). Exit codes: 0 no error, 1 an error-level"
          + " finding not accepted, 2 error."
    })
final class LintCommand extends CliCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "RANGE",
      description = "START:END (either side may be empty), one revision, or nothing for every migration.")
  String range;

  @Option(names = "--postgres-version", paramLabel = "N",
      description = "Major version of the PostgreSQL server the migrations run on (default: postgres-version in"
          + " the configuration, else 17).")
  Integer postgresVersion;

  @Override
  int execute() {
    List<MigrationLint> results;
    try {
      results = lint();
    } catch (CliException e) {
      throw CliException.withExitCode(e.getMessage(), CliException.USAGE, e);
    } catch (AutogenException | MigrationLoadException | RevisionException e) {
      // 1 means findings here, so every error ends with 2.
      throw CliException.withExitCode(e.getMessage(), CliException.USAGE, e);
    }
    return report(results) ? 1 : 0;
  }

  private List<MigrationLint> lint() {
    Settings settings = settings();
    if (!Files.isDirectory(settings.migrations())) {
      throw CliException.usage("no migrations directory " + settings.display(settings.migrations())
          + "; set migrations in " + ConfigLoader.DEFAULT_CONFIG_FILE);
    }
    int version = postgresVersion != null ? postgresVersion : settings.lint().serverVersion();
    if (version < dev.autogen.lint.LintOptions.OLDEST_SERVER_VERSION) {
      throw CliException.usage("--postgres-version " + version + " is too old; give "
          + dev.autogen.lint.LintOptions.OLDEST_SERVER_VERSION + " or newer");
    }
    RevisionGraph graph = RevisionGraph.of(
        MigrationLoader.fromSources(
            settings.migrations(), getClass().getClassLoader(), settings.classpath(), settings.cacheDirectory()));
    Linter linter = new Linter(version);
    List<MigrationLint> out = new ArrayList<>();
    for (LoadedMigration m : select(graph)) {
      out.add(MigrationLint.of(m.info(), m.migration(), linter));
    }
    return out;
  }

  /** The migrations of the range (as {@code verify} reads it), in the order an upgrade applies them. */
  private List<LoadedMigration> select(RevisionGraph graph) {
    return ReversibilityVerifier.select(graph, range).stream().map(info -> graph.get(info.id())).toList();
  }

  /** Prints the findings; true when an error-level finding is open. */
  private boolean report(List<MigrationLint> results) {
    Reporter reporter = reporter();
    Map<Level, Integer> counts = new EnumMap<>(Level.class);
    int acceptedCount = 0;
    int failing = 0;
    Set<Rule> fired = new TreeSet<>();
    for (MigrationLint result : results) {
      if (result.open().isEmpty() && result.accepted().isEmpty()) {
        continue;
      }
      String source = result.info().source();
      String where = source.endsWith(".java") ? settings().display(Path.of(source)) : source;
      reporter.result(reporter.rev(result.info().id()) + " " + result.info().message() + " (" + where + ")");
      for (Finding f : result.open()) {
        reporter.result("  " + f.line());
        counts.merge(f.level(), 1, Integer::sum);
        fired.add(f.rule());
      }
      for (MigrationLint.Accepted a : result.accepted()) {
        reporter.result("  " + reporter.dim("accepted " + a.finding().rule().id() + " " + a.finding().rule().ruleName()
            + ": " + a.finding().message() + " (reason: " + a.reason() + ")"));
        acceptedCount++;
      }
      if (result.failing()) {
        failing++;
      }
    }
    if (!fired.isEmpty()) {
      reporter.result("");
      reporter.result("How to fix:");
      for (Rule rule : fired) {
        reporter.result("  " + rule.id() + " " + rule.ruleName() + ": " + rule.alternative());
      }
    }
    reporter.result("Linted " + plural(results.size(), "migration") + ": "
        + plural(counts.getOrDefault(Level.ERROR, 0), "error") + ", "
        + plural(counts.getOrDefault(Level.WARNING, 0), "warning") + ", "
        + plural(counts.getOrDefault(Level.INFO, 0), "info") + (acceptedCount == 0 ? "" : "; " + acceptedCount + " accepted")
        + ".");
    if (failing > 0) {
      reporter.error(plural(failing, "migration") + " with error-level findings: fix them, or accept each in its"
          + " migration with @AcceptLint(rule = \"...\", reason = \"...\")");
      return true;
    }
    return false;
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
  }
}
