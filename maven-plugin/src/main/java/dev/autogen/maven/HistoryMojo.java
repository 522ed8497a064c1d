package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:history}: the revisions, newest first; with {@code -Dautogen.applied} the database's
 * record of every step instead.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE)
public final class HistoryMojo extends AutogenMojo {

  /** Show each revision's details. */
  @Parameter(property = "autogen.details", defaultValue = "false")
  boolean details;

  /** Only the revisions from START to END ({@code START:END}, either side may be empty). */
  @Parameter(property = "autogen.revRange")
  String revRange;

  /** Mark the revisions the database is at. */
  @Parameter(property = "autogen.indicateCurrent", defaultValue = "false")
  boolean indicateCurrent;

  /** List the steps recorded in the database's history table. */
  @Parameter(property = "autogen.applied", defaultValue = "false")
  boolean applied;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("history"));
    if (details) {
      command.add("-v");
    }
    option(command, "--rev-range", revRange);
    if (indicateCurrent) {
      command.add("--indicate-current");
    }
    if (applied) {
      command.add("--applied");
    }
    return command;
  }
}
