package dev.autogen.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn autogen:revision -Dmessage="add linkedin_url"}: compiles the project, then writes a new
 * revision after the current head with the differences between the entities and the migrations (or, with
 * {@code url}, the database); with {@code -Dautogen.empty} an empty revision to write by hand.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE)
@Execute(phase = LifecyclePhase.COMPILE)
public final class RevisionMojo extends AutogenMojo {

  /** What the revision does; also names its class and file. */
  @Parameter(property = "message", required = true)
  String message;

  /** Write an empty revision instead of autogenerating one. */
  @Parameter(property = "autogen.empty", defaultValue = "false")
  boolean empty;

  /** The head to follow when there are several, or {@code base} to start a new branch. */
  @Parameter(property = "autogen.head")
  String head;

  @Override
  List<String> command() {
    List<String> command = new ArrayList<>(List.of("revision"));
    option(command, "--message", message);
    if (empty) {
      command.add("--empty");
    }
    option(command, "--head", head);
    return command;
  }
}
