package dev.autogen.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code autogen} command line: global options, the subcommands, and the one place that turns
 * outcomes into exit codes (0 success, 1 failure, 2 bad usage).
 *
 * <p>{@link #run(String[], PrintStream, PrintStream, Map)} runs it in-process, which is how tests drive it.
 */
@Command(
    name = "autogen",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Alembic's workflow for JPA/Hibernate: autogenerate reviewable Java migrations from the entities,"
          + " run them up and down, and check for drift.",
      "",
      "autogen --message MSG is the same as autogen revision --message MSG."
    },
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      RevisionCommand.class,
      UpgradeCommand.class,
      DowngradeCommand.class,
      CurrentCommand.class,
      HistoryCommand.class,
      HeadsCommand.class,
      BranchesCommand.class,
      ShowCommand.class,
      StampCommand.class,
      CheckCommand.class,
      LintCommand.class,
      MergeCommand.class,
      BaselineCommand.class,
      VerifyCommand.class,
      InitCommand.class,
      ListTemplatesCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Configuration: autogen.properties in the working directory (or --config FILE), overridden by the"
          + " environment (AUTOGEN_URL, AUTOGEN_USER, AUTOGEN_PASSWORD, AUTOGEN_MIGRATIONS, ...), overridden"
          + " by flags. Values in the file may refer to the environment: password=$${env:DB_PASSWORD}.",
      "",
      "Exit codes: 0 success, 1 failure, 2 bad usage."
    })
public final class Main implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "-C", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Run as if autogen was started in DIR.")
  String directory;

  @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Configuration file (default: autogen.properties in the working directory).")
  String config;

  @Option(names = "--url", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
      description = "JDBC URL of the database (env AUTOGEN_URL).")
  String url;

  @Option(names = "--user", paramLabel = "USER", scope = ScopeType.INHERIT,
      description = "Database user (env AUTOGEN_USER).")
  String user;

  @Option(names = "--password", paramLabel = "PASSWORD", scope = ScopeType.INHERIT,
      description = "Database password (env AUTOGEN_PASSWORD); never printed.")
  String password;

  @Option(names = "--migrations", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Directory of the migration .java files (default: src/main/java/<package> when"
          + " --package is set, otherwise migrations).")
  String migrations;

  @Option(names = "--package", paramLabel = "PKG", scope = ScopeType.INHERIT,
      description = "Java package of the migrations (default: the migrations directory's path below"
          + " src/main/java).")
  String migrationPackage;

  @Option(names = "--schema", paramLabel = "SCHEMA", scope = ScopeType.INHERIT,
      description = "Database schema the migrations work in (default: the connection's).")
  String schema;

  @Option(names = "--entities", paramLabel = "PKG[,PKG]", scope = ScopeType.INHERIT,
      description = "Packages of the JPA entities.")
  String entities;

  @Option(names = "--classpath", paramLabel = "PATH", scope = ScopeType.INHERIT,
      description = "Where the compiled entities are: directories and jars separated by ':'.")
  String classpath;

  @Option(names = "--shadow-url", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
      description = "Server for the shadow database (default: an embedded PostgreSQL).")
  String shadowUrl;

  @Option(names = "--hooks", paramLabel = "NAME[,NAME]", scope = ScopeType.INHERIT,
      description = "Post-write hooks to run on each written file (env AUTOGEN_HOOKS); none: run none.")
  String hooks;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Say more, including the libraries' logging.")
  boolean verbose;

  @Option(names = "--quiet", scope = ScopeType.INHERIT,
      description = "Print results, warnings and errors only.")
  boolean quiet;

  @Option(names = {"-m", "--message"}, paramLabel = "MSG",
      description = "Autogenerate a revision: the same as autogen revision --message MSG.")
  String message;

  private final Reporter reporter;
  private final Map<String, String> environment;
  private final Path processDirectory;
  private final Clock clock;
  private Settings settings;

  Main(Reporter reporter, Map<String, String> environment, Path processDirectory, Clock clock) {
    this.reporter = reporter;
    this.environment = environment;
    this.processDirectory = processDirectory;
    this.clock = clock;
  }

  public static void main(String[] args) {
    boolean terminal = System.console() != null;
    System.exit(run(args, System.out, System.err, System.getenv(), terminal));
  }

  /** Runs autogen in this process, writing to {@code out} and {@code err}, without colours. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, out, err, env, false);
  }

  /**
   * Runs autogen in this process as {@link #run(String[], PrintStream, PrintStream, Map)} does, with
   * {@code clock} for the time in new revisions' ids and file names, so that a run can be repeated exactly.
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, Clock clock) {
    return run(args, out, err, env, false, clock);
  }

  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
    return run(args, out, err, env, terminal, Clock.systemUTC());
  }

  static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal,
      Clock clock) {
    boolean color = terminal && env.get("NO_COLOR") == null;
    Reporter reporter = new Reporter(out, err, color, terminal);
    // Masked before anything is parsed: picocli's own messages may quote arguments.
    reporter.secret(env.get(ConfigKey.PASSWORD.environmentVariable()));
    registerPasswordArguments(args, reporter);
    Path here = Path.of("").toAbsolutePath();
    Main main = new Main(reporter, env, here, clock);
    CommandLine commandLine = new CommandLine(main);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new PrintWriter(new ReporterWriter(reporter, false), true));
    commandLine.setErr(new PrintWriter(new ReporterWriter(reporter, true), true));
    commandLine.setColorScheme(Help.defaultColorScheme(color ? Help.Ansi.ON : Help.Ansi.OFF));
    commandLine.setParameterExceptionHandler(main::usageError);
    commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> main.failed(e));
    commandLine.setExecutionStrategy(main::execute);
    HelpLayout.install(commandLine);
    int code = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return code;
  }

  /** The values of {@code --password}, and of anything spelt nearly like it (a typo still holds a password). */
  private static void registerPasswordArguments(String[] args, Reporter reporter) {
    String flag = ConfigKey.PASSWORD.flag();
    for (int i = 0; i < args.length; i++) {
      reporter.secretsOfUrl(args[i]);
      if (!args[i].startsWith("--")) {
        continue;
      }
      int equals = args[i].indexOf('=');
      String name = equals < 0 ? args[i] : args[i].substring(0, equals);
      if (ConfigKey.editDistance(name, flag) <= 2) {
        reporter.secret(equals < 0 ? (i + 1 < args.length ? args[i + 1] : null) : args[i].substring(equals + 1));
      }
    }
  }

  /** Applies the global options that shape output, then runs the chosen command. */
  private int execute(ParseResult parseResult) {
    if (verbose && quiet) {
      throw new ParameterException(parseResult.commandSpec().commandLine(),
          "--verbose and --quiet cannot be used together");
    }
    if (message != null && parseResult.hasSubcommand()) {
      throw new ParameterException(parseResult.commandSpec().commandLine(),
          "--message writes a revision on its own; give it without a command, or as revision --message");
    }
    reporter.verbosity(verbose ? Reporter.Verbosity.VERBOSE
        : quiet ? Reporter.Verbosity.QUIET : Reporter.Verbosity.NORMAL);
    Logging.configure(reporter);
    return new CommandLine.RunLast().execute(parseResult);
  }

  /** Without a command: {@code --message} autogenerates; otherwise the usage, as bad usage. */
  @Override
  public Integer call() throws Exception {
    if (message != null) {
      RevisionCommand revision = spec.commandLine().getSubcommands().get("revision").getCommand();
      revision.main = this;
      revision.message = message;
      return revision.call();
    }
    reporter.error("no command given; see 'autogen --help'");
    return CliException.USAGE;
  }

  private int usageError(ParameterException e, String[] args) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    reporter.error(e.getMessage() + " (see '" + command + " --help')");
    return CliException.USAGE;
  }

  private int failed(Exception e) {
    if (e instanceof CliException) {
      reporter.error(e.getMessage());
      reporter.trace(e);
      return ((CliException) e).exitCode();
    }
    if (Errors.isReadable(e)) {
      reporter.error(e.getMessage());
      reporter.trace(e);
      return CliException.FAILURE;
    }
    reporter.error("unexpected " + e + (reporter.isVerbose() ? "" : " (run with --verbose for details)"));
    reporter.trace(e);
    return CliException.FAILURE;
  }

  // ---- what commands use -------------------------------------------------------------------------------

  Reporter reporter() {
    return reporter;
  }

  Clock clock() {
    return clock;
  }

  /** The environment the run was started with (for PATH, to find external tools). */
  Map<String, String> environment() {
    return environment;
  }

  /** The configuration, resolved once per run from the file, the environment and the flags. */
  Settings settings() {
    if (settings == null) {
      Path workingDirectory = workingDirectory();
      Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
      putIfSet(flags, ConfigKey.URL, url);
      putIfSet(flags, ConfigKey.USER, user);
      putIfSet(flags, ConfigKey.PASSWORD, password);
      putIfSet(flags, ConfigKey.MIGRATIONS, migrations);
      putIfSet(flags, ConfigKey.PACKAGE, migrationPackage);
      putIfSet(flags, ConfigKey.SCHEMA, schema);
      putIfSet(flags, ConfigKey.ENTITIES, entities);
      putIfSet(flags, ConfigKey.CLASSPATH, classpath);
      putIfSet(flags, ConfigKey.SHADOW_URL, shadowUrl);
      putIfSet(flags, ConfigKey.HOOKS, hooks);
      settings = new ConfigLoader(environment).load(workingDirectory, config, flags);
      reporter.secret(settings.password());
      reporter.secretsOfUrl(settings.url());
      reporter.secretsOfUrl(settings.shadowUrl());
      reporter.debug("configuration: " + settings);
    }
    return settings;
  }

  /** Where autogen runs: the process's directory, or {@code -C DIR}. */
  Path workingDirectory() {
    if (directory == null) {
      return processDirectory;
    }
    Path workingDirectory = ConfigLoader.resolve(processDirectory, directory, "-C");
    if (!Files.isDirectory(workingDirectory)) {
      throw CliException.usage("-C " + directory + ": no such directory");
    }
    return workingDirectory;
  }

  private static void putIfSet(Map<ConfigKey, String> flags, ConfigKey key, String value) {
    if (value != null) {
      flags.put(key, value);
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"autogen " + (version == null ? "(development build)" : version)};
    }
  }
}
