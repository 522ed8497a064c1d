package dev.autogen.cli;

import dev.autogen.runtime.MigrationListener;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code autogen baseline}: adopt an existing database as the first revision. */
@Command(
    name = "baseline",
    description = {
      "Adopt an existing database: write a first revision that creates its schema exactly as it is now,"
          + " and stamp the database at it.",
      "From then on the migrations replayed on a shadow database and the live database agree. Needs --url."
    })
final class BaselineCommand extends CliCommand {

  @Option(names = {"-m", "--message"}, defaultValue = "baseline", paramLabel = "MSG",
      description = "The revision's message (default: ${DEFAULT-VALUE}).")
  String message;

  @Override
  int execute() {
    Settings settings = settings();
    requireDatabase();
    if (hasRevisions(settings)) {
      throw CliException.failure("there are revisions in " + settings.display(settings.migrations())
          + " already; baseline starts a project's history. To mark a database as up to date with them, run"
          + " 'autogen stamp head'");
    }
    Autogenerator autogenerator = Autogenerator.find();
    if (autogenerator == null) {
      throw CliException.failure("baseline is not available in this build");
    }
    NewRevision revision = NewRevision.create(main.clock().instant(), message, List.of(), List.of(), List.of(),
        settings.migrations(), settings.migrationPackage(), Set.of());
    autogenerator.writeBaseline(new Autogenerator.RevisionRequest(settings, reporter(), revision));
    try {
      engine(true, false, MigrationListener.NONE).stamp(revision.id());
    } catch (RuntimeException e) {
      // Nothing half-done: without the stamp the new file would claim a history the database lacks.
      try {
        Files.deleteIfExists(revision.file());
      } catch (IOException ignored) {
        // the error below is the one worth reading
      }
      throw e;
    }
    reporter().success("Created " + settings.display(revision.file()));
    reporter().info("Stamped the database at " + reporter().rev(revision.id())
        + ". From now on: change the entities, then 'autogen --message \"...\"'.");
    afterWrite(revision.file());
    return 0;
  }

  private static boolean hasRevisions(Settings settings) {
    if (!Files.isDirectory(settings.migrations())) {
      return false;
    }
    try (Stream<java.nio.file.Path> files = Files.list(settings.migrations())) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".java")
          && !f.getFileName().toString().equals("package-info.java"));
    } catch (IOException e) {
      throw CliException.failure("cannot list " + settings.migrations() + ": " + e.getMessage(), e);
    }
  }
}
