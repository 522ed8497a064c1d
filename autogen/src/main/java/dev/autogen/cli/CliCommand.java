package dev.autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A subcommand of {@code autogen}: reaches the configuration and the reporter through the top command.
 */
abstract class CliCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  Reporter reporter() {
    return main.reporter();
  }

  Settings settings() {
    return main.settings();
  }

  @Override
  public final Integer call() {
    return execute();
  }

  /** Does the work; returns the exit code, or throws a {@link CliException} or an engine exception. */
  abstract int execute();
}
