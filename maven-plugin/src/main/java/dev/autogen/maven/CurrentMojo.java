package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn autogen:current}: the revision(s) the database is at. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE)
public final class CurrentMojo extends AutogenMojo {

  /** Show each revision's details. */
  @Parameter(property = "autogen.details", defaultValue = "false")
  boolean details;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("current"));
    if (details) {
      command.add("-v");
    }
    return command;
  }
}
