package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:upgrade}: applies the migrations up to {@code target} (default {@code head}), each in
 * its own transaction; with {@code -Dautogen.sql} prints their SQL instead.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE)
public final class UpgradeMojo extends AutogenMojo {

  /** {@code head}, {@code heads}, a revision id, {@code +N}, {@code REV+N}, {@code LABEL@head}; with {@code sql} also {@code START:END}. */
  @Parameter(property = "autogen.target", defaultValue = "head")
  String target;

  /** Print the SQL instead of running it, without a connection. */
  @Parameter(property = "autogen.sql", defaultValue = "false")
  boolean sql;

  /** Accept applied migrations that were edited since, recording their new checksum. */
  @Parameter(property = "autogen.acceptChecksums", defaultValue = "false")
  boolean acceptChecksums;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("upgrade"));
    if (sql) {
      command.add("--sql");
    }
    if (acceptChecksums) {
      command.add("--accept-checksums");
    }
    command.add("--");
    command.add(target);
    return command;
  }
}
