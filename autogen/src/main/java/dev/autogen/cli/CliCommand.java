package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationListener;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.runtime.internal.MigrationLoader;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A subcommand of {@code autogen}: reaches the configuration and the reporter through the top command,
 * and opens the runtime engine on the configured migrations and database.
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

  /** The engine on the configured migrations, and on the database when one is configured. */
  Autogen engine() {
    return engine(false, false, MigrationListener.NONE);
  }

  /** The engine; {@code database}: the command needs the database, and says so when none is configured. */
  Autogen engine(boolean database, boolean acceptChecksums, MigrationListener listener) {
    return engine(database, acceptChecksums, listener, null);
  }

  /**
   * The engine as {@link #engine(boolean, boolean, MigrationListener)}, on migrations the command loaded
   * itself ({@link #loadMigrations()}) so they are compiled once; null: the engine compiles them on first use.
   */
  Autogen engine(boolean database, boolean acceptChecksums, MigrationListener listener, List<LoadedMigration> loaded) {
    Settings settings = settings();
    if (database) {
      requireDatabase();
    }
    requireMigrationsDirectory();
    Autogen.Builder builder = loaded == null
        ? Autogen.configure().sources(settings.migrations(), settings.classpath())
        : Autogen.configure().migrations(loaded.stream().map(LoadedMigration::migration).toList());
    builder
        .schema(settings.schema())
        .acceptChecksums(acceptChecksums)
        .listener(listener);
    if (settings.url() != null) {
      builder.url(settings.url(), settings.user(), settings.password());
    }
    return builder.build();
  }

  /** The engine on the database alone, for commands that can do without the migrations. */
  Autogen databaseOnly() {
    requireDatabase();
    Settings settings = settings();
    return Autogen.configure().url(settings.url(), settings.user(), settings.password()).schema(settings.schema())
        .build();
  }

  /** The migrations in the migrations directory, compiled in memory. */
  List<LoadedMigration> loadMigrations() {
    requireMigrationsDirectory();
    return MigrationLoader.fromSources(settings().migrations(), CliCommand.class.getClassLoader(),
        settings().classpath());
  }

  private void requireMigrationsDirectory() {
    Settings settings = settings();
    if (!Files.isDirectory(settings.migrations())) {
      throw CliException.failure("no migrations directory " + settings.display(settings.migrations())
          + "; write the first revision with 'autogen revision --empty -m MSG', or set migrations in "
          + ConfigLoader.DEFAULT_CONFIG_FILE);
    }
  }

  /** Runs the post-write hooks on a file just written; a failing hook ends the command with exit code 1. */
  void afterWrite(java.nio.file.Path file) {
    PostWriteHook.runAll(settings().hooks(), file, settings(), reporter());
  }

  boolean hasMigrationsDirectory() {
    return Files.isDirectory(settings().migrations());
  }

  void requireDatabase() {
    if (settings().url() == null) {
      throw CliException.usage("no database given; set url in " + ConfigLoader.DEFAULT_CONFIG_FILE + ", "
          + ConfigKey.URL.environmentVariable() + " or --url");
    }
  }
}
