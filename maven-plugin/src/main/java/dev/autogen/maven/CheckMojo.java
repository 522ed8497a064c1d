package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:check}: the drift gate. Compiles the project, then compares the entities with the
 * migrations replayed on a shadow database (and, when a database is configured, with that database); fails
 * the build when they differ, with the differences in the failure. Bound to {@code verify} when declared
 * in a pom's executions.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE)
@Execute(phase = LifecyclePhase.COMPILE)
public final class CheckMojo extends AutogenMojo {

  /** How to print the differences: {@code text} or {@code json}. */
  @Parameter(property = "autogen.format", defaultValue = "text")
  String format;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("check"));
    option(command, "--format", format);
    return command;
  }

  /** On drift: everything from the first error on, which is the list of differences (or the JSON report). */
  @Override
  String failureMessage(List<String> transcript, List<String> errors) {
    List<String> report = new ArrayList<>();
    boolean started = false;
    for (String line : transcript) {
      if (!started && line.startsWith("error: ")) {
        started = true;
        line = line.substring("error: ".length());
      }
      if (started && !line.isBlank()) {
        report.add(line);
      }
    }
    if (report.isEmpty()) {
      // A report in a format without an error line (json): the whole output is the report.
      transcript.stream().filter(l -> !l.isBlank()).forEach(report::add);
    }
    return report.isEmpty() ? super.failureMessage(transcript, errors) : String.join("\n", report);
  }
}
