package dev.autogen.maven;

import dev.autogen.cli.Main;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every autogen goal shares: the configuration parameters, and running the autogen command line in
 * Maven's process on the project's directory and compile class path.
 *
 * <p>A goal is the CLI command of the same name: the parameters become its flags, and {@code autogen.properties}
 * in the project's directory (or {@code config}) and the {@code AUTOGEN_*} environment variables still
 * apply, with the parameters winning. The command's output goes to the Maven log; its exit code 1 (a
 * failure, drift for {@code check}) fails the build with {@link MojoFailureException}, its exit code 2 (bad
 * usage, an error) with {@link MojoExecutionException}.
 */
public abstract class AutogenMojo extends AbstractMojo {

  /** The CLI's exit code for a failure (for {@code check}: the two sides differ). */
  static final int FAILURE = 1;

  /** The project's directory: autogen runs as if started there, so relative paths are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /** Where the compiled entities and what they need are: the project's compile class path. */
  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  List<String> classpathElements;

  /** Configuration file, relative to the project's directory; default {@code autogen.properties} there when present. */
  @Parameter(property = "autogen.config")
  String config;

  /** JDBC URL of the database, e.g. {@code jdbc:postgresql://localhost:5432/app}. */
  @Parameter(property = "autogen.url")
  String url;

  /** Database user. */
  @Parameter(property = "autogen.user")
  String user;

  /** Database password; never printed by autogen. Better given as {@code AUTOGEN_PASSWORD}. */
  @Parameter(property = "autogen.password")
  String password;

  /**
   * Directory of the migration {@code .java} files, relative to the project's directory; default
   * {@code src/main/java/<package>} when {@code package} is set.
   */
  @Parameter(property = "autogen.migrations")
  String migrations;

  /** Java package of the migration classes; default: the migrations directory's path below {@code src/main/java}. */
  @Parameter(alias = "package", property = "autogen.package")
  String migrationPackage;

  /** Packages of the JPA entities ({@code -Dautogen.entities=com.a.model,com.b.model}). */
  @Parameter(property = "autogen.entities")
  List<String> entities;

  /** Database schema the migrations work in; default: the connection's. */
  @Parameter(property = "autogen.schema")
  String schema;

  /** JDBC URL of a server for the shadow database; default: an embedded PostgreSQL. */
  @Parameter(property = "autogen.shadowUrl")
  String shadowUrl;

  /** Say more, including the libraries' logging; also on with Maven's {@code -X}. */
  @Parameter(property = "autogen.verbose", defaultValue = "false")
  boolean verbose;

  /** Skip the goal. */
  @Parameter(property = "autogen.skip", defaultValue = "false")
  boolean skip;

  /** The command and its own arguments, e.g. {@code upgrade head}. */
  abstract List<String> command();

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping autogen (autogen.skip)");
      return;
    }
    List<String> args = arguments();
    boolean talkative = verbose || getLog().isDebugEnabled();
    if (!talkative) {
      quietEmbeddedPostgres();
    }
    List<String> transcript = new ArrayList<>();
    MavenLogStream out = new MavenLogStream(getLog(), false, transcript);
    MavenLogStream err = new MavenLogStream(getLog(), true, transcript);
    int code;
    try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args.toArray(String[]::new), outStream, errStream, environment());
    }
    if (code == 0) {
      return;
    }
    String message;
    synchronized (transcript) {
      message = failureMessage(List.copyOf(transcript), err.errors());
    }
    if (code == FAILURE) {
      throw new MojoFailureException(message);
    }
    throw new MojoExecutionException(message);
  }

  /** The environment autogen sees: {@code AUTOGEN_*} variables and the {@code ${env:NAME}} references of its file. */
  Map<String, String> environment() {
    return System.getenv();
  }

  /**
   * In Maven the embedded PostgreSQL library logs to Maven's own logger, not to java.util.logging where the
   * CLI silences it; that logger takes a logger's level from this property when the logger is made. A level
   * the user set stays.
   */
  static void quietEmbeddedPostgres() {
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.io.zonky.test", "warn");
  }

  /** The global options from the parameters, then the command. */
  List<String> arguments() {
    List<String> args = new ArrayList<>();
    args.add("-C");
    args.add(basedir.getAbsolutePath());
    args.add("--classpath=" + String.join(File.pathSeparator, classpathElements));
    option(args, "--config", config);
    option(args, "--url", url);
    option(args, "--user", user);
    option(args, "--password", password);
    option(args, "--migrations", migrations);
    option(args, "--package", migrationPackage);
    option(args, "--schema", schema);
    if (entities != null && !entities.isEmpty()) {
      option(args, "--entities", String.join(",", entities));
    }
    option(args, "--shadow-url", shadowUrl);
    if (verbose || getLog().isDebugEnabled()) {
      args.add("--verbose");
    }
    args.addAll(command());
    return args;
  }

  /**
   * The message of the exception that fails the build: autogen's error lines; a goal whose output is the
   * point of failing (the differences {@code check} found) takes it from {@code transcript}, every line
   * autogen printed, in order.
   */
  String failureMessage(List<String> transcript, List<String> errors) {
    return errors.isEmpty() ? "autogen " + command().get(0) + " failed; see the log above" : String.join("\n", errors);
  }

  /** Adds {@code --name=value} when the value is set; the {@code =} form keeps a value starting with '-' a value. */
  static void option(List<String> args, String name, String value) {
    if (value != null && !value.isBlank()) {
      args.add(name + "=" + value);
    }
  }
}
