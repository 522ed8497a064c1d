package dev.autogen.cli;

import dev.autogen.lint.LintOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@link Settings}: each {@link ConfigKey} from its flag, else its environment variable, else
 * {@code autogen.properties}, else its default. Values in the file may refer to the environment as
 * {@code ${env:NAME}} or {@code ${env:NAME:-default}}. An unknown key in the file is an error naming the
 * nearest valid key.
 */
public final class ConfigLoader {

  /** The configuration file read when {@code --config} is not given. */
  public static final String DEFAULT_CONFIG_FILE = "autogen.properties";

  /** The migrations directory when neither it nor the package is configured. */
  public static final String DEFAULT_MIGRATIONS = "migrations";

  /**
   * Keys with this prefix go to Hibernate as they are when the entities are read, so a project's
   * naming strategies ({@code hibernate.physical_naming_strategy}, ...) shape the target schema.
   */
  public static final String HIBERNATE_PREFIX = "hibernate.";

  /** A post-write hook's command: {@code hook.NAME.command}. */
  public static final Pattern HOOK_COMMAND = Pattern.compile("hook\\.([A-Za-z0-9_-]+)\\.command");

  /** The value of {@code hooks} that runs none, so the environment or a flag can switch them off. */
  public static final String NO_HOOKS = "none";

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern ENV_REFERENCE =
      Pattern.compile("env:([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?", Pattern.DOTALL);
  private static final Pattern JAVA_PACKAGE =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
          + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  private final Map<String, String> environment;

  public ConfigLoader(Map<String, String> environment) {
    this.environment = environment;
  }

  /**
   * @param workingDirectory absolute directory relative paths are resolved against
   * @param configFile {@code --config}, or null for {@code autogen.properties} when it exists
   * @param flags values given as flags
   */
  public Settings load(Path workingDirectory, String configFile, Map<ConfigKey, String> flags) {
    Path file = null;
    Properties properties = new Properties();
    if (configFile != null) {
      file = resolve(workingDirectory, configFile, "--config");
      if (!Files.isRegularFile(file)) {
        throw CliException.usage("configuration file " + file + " does not exist (--config)");
      }
    } else if (Files.isRegularFile(workingDirectory.resolve(DEFAULT_CONFIG_FILE))) {
      file = workingDirectory.resolve(DEFAULT_CONFIG_FILE);
    }
    if (file != null) {
      properties = read(file);
    }
    String fileName = file == null ? null : file.getFileName().toString();

    Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    for (ConfigKey key : ConfigKey.values()) {
      String value = flags.get(key);
      if (value == null) {
        value = environment.get(key.environmentVariable());
      }
      if (value == null && properties.containsKey(key.key())) {
        value = expand(properties.getProperty(key.key()), key.key(), fileName, false);
      }
      // An empty password is a password; any other empty value means "not set".
      if (value != null && (key == ConfigKey.PASSWORD || !value.isBlank())) {
        values.put(key, key == ConfigKey.PASSWORD ? value : value.strip());
      }
    }

    String packageName = values.get(ConfigKey.PACKAGE);
    if (packageName != null && !JAVA_PACKAGE.matcher(packageName).matches()) {
      throw CliException.usage("package '" + packageName + "' is not a Java package name");
    }
    Path migrations;
    if (values.containsKey(ConfigKey.MIGRATIONS)) {
      migrations = resolve(workingDirectory, values.get(ConfigKey.MIGRATIONS), "migrations");
    } else if (packageName != null) {
      migrations = workingDirectory.resolve(Path.of("src", "main", "java")).resolve(packageName.replace('.', '/'));
    } else {
      migrations = workingDirectory.resolve(DEFAULT_MIGRATIONS);
    }
    if (packageName == null) {
      packageName = packageBelowSourceRoot(migrations);
    }

    List<Path> classpath = new ArrayList<>();
    String classpathValue = values.get(ConfigKey.CLASSPATH);
    if (classpathValue != null) {
      for (String entry : classpathValue.split(Pattern.quote(java.io.File.pathSeparator))) {
        if (!entry.isBlank()) {
          classpath.add(resolve(workingDirectory, entry.strip(), "classpath"));
        }
      }
    }
    List<String> entities = new ArrayList<>();
    String entitiesValue = values.get(ConfigKey.ENTITIES);
    if (entitiesValue != null) {
      Arrays.stream(entitiesValue.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(entities::add);
    }

    java.util.Map<String, String> hibernate = new java.util.TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(HIBERNATE_PREFIX)) {
        hibernate.put(name, properties.getProperty(name).strip());
      }
    }

    List<PostWriteHook> hooks = hooks(values.get(ConfigKey.HOOKS), properties, fileName);
    LintOptions lint = new LintOptions(
        serverVersion(values.get(ConfigKey.POSTGRES_VERSION)),
        bool(values, ConfigKey.SAFE_CONCURRENT_INDEXES),
        bool(values, ConfigKey.SAFE_NOT_VALID_CONSTRAINTS),
        bool(values, ConfigKey.SAFE_NOT_NULL_BACKFILL));

    return new Settings(
        workingDirectory,
        file,
        values.get(ConfigKey.URL),
        values.get(ConfigKey.USER),
        values.get(ConfigKey.PASSWORD),
        migrations,
        packageName,
        values.get(ConfigKey.SCHEMA),
        entities,
        classpath,
        values.get(ConfigKey.SHADOW_URL),
        hibernate,
        hooks,
        lint,
        cacheDirectory());
  }

  /** The hooks named by {@code hooks}, in its order, each with its {@code hook.NAME.command} from the file. */
  private List<PostWriteHook> hooks(String names, Properties properties, String fileName) {
    List<PostWriteHook> hooks = new ArrayList<>();
    if (names == null || names.strip().equalsIgnoreCase(NO_HOOKS)) {
      return hooks;
    }
    for (String listed : names.split(",")) {
      String name = listed.strip();
      if (name.isEmpty() || hooks.stream().anyMatch(h -> h.name().equals(name))) {
        continue;
      }
      String key = "hook." + name + ".command";
      if (!HOOK_COMMAND.matcher(key).matches()) {
        throw CliException.usage("hooks: '" + name + "' is not a hook name (letters, digits, _ and -)");
      }
      String command = properties.getProperty(key);
      if (command == null || command.isBlank()) {
        throw CliException.usage("hooks names '" + name + "', but " + key + " is not set"
            + (fileName == null ? "; set it in " + DEFAULT_CONFIG_FILE : " in " + fileName));
      }
      hooks.add(new PostWriteHook(name, expand(command.strip(), key, fileName, true)));
    }
    return hooks;
  }

  /**
   * Where compiled migrations are kept between runs: {@code $XDG_CACHE_HOME/autogen/compiled}, else
   * {@code $HOME/.cache/autogen/compiled}; null (nothing kept) when neither is set to an absolute path.
   */
  private Path cacheDirectory() {
    for (String variable : List.of("XDG_CACHE_HOME", "HOME")) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
        Path base = Path.of(value);
        return (variable.equals("HOME") ? base.resolve(".cache") : base).resolve("autogen").resolve("compiled");
      }
    }
    return null;
  }

  /** The major version in {@code 16} or {@code 16.4}; the default when not set. */
  private static int serverVersion(String value) {
    if (value == null) {
      return LintOptions.DEFAULT_SERVER_VERSION;
    }
    Matcher m = Pattern.compile("(\\d+)(\\.\\d+)*").matcher(value);
    int major = m.matches() ? Integer.parseInt(m.group(1)) : -1;
    if (major < LintOptions.OLDEST_SERVER_VERSION || major > 99) {
      throw CliException.usage(ConfigKey.POSTGRES_VERSION.key() + " is '" + value + "'; give a PostgreSQL major version"
          + " such as 16 (" + LintOptions.OLDEST_SERVER_VERSION + " or newer)");
    }
    return major;
  }

  private static boolean bool(Map<ConfigKey, String> values, ConfigKey key) {
    String value = values.get(key);
    if (value == null) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw CliException.usage(key.key() + " is '" + value + "'; give true or false");
  }

  private static Properties read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw CliException.usage("cannot read " + file + ": " + e.getMessage());
    }
    for (String name : properties.stringPropertyNames()) {
      if (ConfigKey.of(name).isEmpty() && !name.startsWith(HIBERNATE_PREFIX) && !HOOK_COMMAND.matcher(name).matches()) {
        throw CliException.usage(file.getFileName() + ": unknown key '" + name + "'; did you mean '"
            + nearestKey(name) + "'?");
      }
    }
    return properties;
  }

  /** The valid key nearest a misspelt one; a misspelt hook key is offered the hook key's shape. */
  static String nearestKey(String name) {
    String[] parts = name.split("\\.");
    if (parts.length == 3 && ConfigKey.editDistance(parts[0], "hook") <= 1) {
      return "hook." + parts[1] + ".command";
    }
    return ConfigKey.nearest(name).key();
  }

  /**
   * Replaces each {@code ${env:NAME}} (or {@code ${env:NAME:-default}}) in a value from the file; in a
   * hook's command ({@code hook}), {@code ${file}} stays for the hook to fill.
   */
  private String expand(String value, String key, String fileName, boolean hook) {
    Matcher m = REFERENCE.matcher(value);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      if (hook && m.group(1).equals(PostWriteHook.FILE)) {
        m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
        continue;
      }
      Matcher env = ENV_REFERENCE.matcher(m.group(1));
      if (!env.matches()) {
        throw CliException.usage(fileName + ": " + key + " holds '${" + m.group(1)
            + "}'; only environment references are supported, written ${env:NAME}"
            + (hook ? ", and ${" + PostWriteHook.FILE + "} for the written file" : ""));
      }
      String replacement = environment.get(env.group(1));
      if (replacement == null) {
        replacement = env.group(2);
      }
      if (replacement == null) {
        throw CliException.usage(fileName + ": " + key + " refers to ${env:" + env.group(1)
            + "}, which is not set; set it, or give a default as ${env:" + env.group(1) + ":-VALUE}");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static Path resolve(Path workingDirectory, String path, String what) {
    try {
      return workingDirectory.resolve(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw CliException.usage(what + ": '" + path + "' is not a valid path");
    }
  }

  /** {@code com.example.migrations} for {@code .../src/main/java/com/example/migrations}; else empty. */
  static String packageBelowSourceRoot(Path migrations) {
    Path normalized = migrations.toAbsolutePath().normalize();
    for (int i = 0; i + 2 < normalized.getNameCount(); i++) {
      if (normalized.getName(i).toString().equals("src")
          && normalized.getName(i + 1).toString().equals("main")
          && normalized.getName(i + 2).toString().equals("java")) {
        if (i + 3 == normalized.getNameCount()) {
          return "";
        }
        String name = normalized.subpath(i + 3, normalized.getNameCount()).toString().replace('/', '.');
        return JAVA_PACKAGE.matcher(name).matches() ? name : "";
      }
    }
    return "";
  }
}
