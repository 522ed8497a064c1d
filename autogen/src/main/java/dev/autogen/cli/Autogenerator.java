package dev.autogen.cli;

import java.util.ServiceLoader;

/**
 * Autogenerate and drift checking: compares the entities with the migrations (replayed on a shadow
 * database) or with a live database ({@link Settings#url()}). The CLI resolves the configuration, names
 * the revision and places it in the graph; an implementation decides its content.
 *
 * <p>The CLI finds the implementation with {@link ServiceLoader} (a
 * {@code META-INF/services/dev.autogen.cli.Autogenerator} entry); without one, {@code revision} without
 * {@code --empty} and {@code check} say that autogenerate is not available in this build.
 *
 * <p>Failures a person should read are thrown as {@link CliException} or
 * {@link dev.autogen.runtime.AutogenException}, with a one-line message.
 */
public interface Autogenerator {

  /**
   * {@code autogen revision --message MSG}: writes {@code request.revision()} (its id, parents, class and
   * file are decided) with the differences found, and reports through {@code request.reporter()} the
   * changes and the warnings. Returns false, writing nothing, when there is no difference.
   */
  boolean writeRevision(RevisionRequest request);

  /**
   * {@code autogen baseline}: writes {@code request.revision()} as a first revision that creates the
   * live database's schema exactly as it is now. The caller stamps the database at it.
   */
  void writeBaseline(RevisionRequest request);

  /**
   * {@code autogen check}: reports the differences in {@code request.format()}; returns
   * {@link CheckResult#AGREE} or {@link CheckResult#DRIFT}.
   */
  CheckResult check(CheckRequest request);

  /** What autogenerate works from and writes. */
  record RevisionRequest(Settings settings, Reporter reporter, NewRevision revision) {}

  /** What the drift check compares and how it reports. */
  record CheckRequest(Settings settings, Reporter reporter, CheckFormat format) {}

  /** How {@code check} prints the differences. */
  enum CheckFormat {
    /** For people: the differences grouped by the sides they lie between. */
    TEXT,
    /** One JSON object carrying every difference. */
    JSON,
    /** JUnit XML (the Ant/Surefire dialect) for test dashboards: one test case per pair of sides compared. */
    JUNIT,
    /** A markdown summary for a pull request. */
    MARKDOWN,
    /** GitHub Actions workflow commands: an error annotation per difference and a summary line. */
    GITHUB
  }

  /** The outcome of {@code check}: exit code 0 when the sides agree, 1 on drift. */
  enum CheckResult {
    AGREE,
    DRIFT
  }

  /** The implementation on the class path, or null when this build has none. */
  static Autogenerator find() {
    return ServiceLoader.load(Autogenerator.class, Autogenerator.class.getClassLoader()).findFirst().orElse(null);
  }
}
