package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:downgrade -Dautogen.target=-1}: reverts migrations down to {@code target}; with
 * {@code -Dautogen.sql} prints their SQL instead.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE)
public final class DowngradeMojo extends AutogenMojo {

  /** {@code -N}, {@code base}, a revision id; with {@code sql} a range {@code START:END}. */
  @Parameter(property = "autogen.target", required = true)
  String target;

  /** Print the SQL instead of running it, without a connection. */
  @Parameter(property = "autogen.sql", defaultValue = "false")
  boolean sql;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("downgrade"));
    if (sql) {
      command.add("--sql");
    }
    command.add("--");
    command.add(target);
    return command;
  }
}
