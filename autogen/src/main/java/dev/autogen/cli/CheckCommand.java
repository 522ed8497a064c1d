package dev.autogen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen check [--format text|json|junit|markdown|github]}: the drift gate for CI. */
@Command(
    name = "check",
    description = {
      "Fail when the entities and the migrations disagree.",
      "With --url, the live database is compared too, so that a change made by hand is caught. Exit codes:"
          + " 0 they agree, 1 they differ, 2 error."
    })
final class CheckCommand extends CliCommand {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "How to print the differences: text; json (one object with every difference); junit"
          + " (JUnit XML for test dashboards); markdown (a summary for a pull request); github (workflow"
          + " annotations). Default: text. The report is all that goes to stdout.")
  Autogenerator.CheckFormat format;

  @Override
  int execute() {
    Settings settings = settings();
    Autogenerator autogenerator = Autogenerator.find();
    if (autogenerator == null) {
      throw CliException.withExitCode("autogenerate is not available in this build, so check cannot compare"
          + " the entities with the migrations", CliException.USAGE, null);
    }
    try {
      Autogenerator.CheckResult result =
          autogenerator.check(new Autogenerator.CheckRequest(settings, reporter(), format));
      return result == Autogenerator.CheckResult.AGREE ? 0 : 1;
    } catch (CliException e) {
      throw CliException.withExitCode(e.getMessage(), CliException.USAGE, e);
    } catch (RuntimeException e) {
      // 1 means drift here, so every error ends with 2.
      throw CliException.withExitCode(e.getMessage() == null ? e.toString() : e.getMessage(), CliException.USAGE, e);
    }
  }
}
