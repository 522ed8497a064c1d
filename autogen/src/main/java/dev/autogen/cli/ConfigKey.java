package dev.autogen.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys of {@code autogen.properties}. Each can also be given as an environment variable
 * ({@code AUTOGEN_} and the key in upper case, {@code -} and {@code .} as {@code _}) and, for the keys the
 * command line declares, as a flag ({@code --} and the key); a flag wins over the environment, which wins over
 * the file.
 */
public enum ConfigKey {
  URL("url", "JDBC URL of the database, e.g. jdbc:postgresql://localhost:5432/app"),
  USER("user", "database user"),
  PASSWORD("password", "database password; better given as ${env:NAME} or AUTOGEN_PASSWORD"),
  MIGRATIONS(
      "migrations",
      "directory of the migration .java files; default src/main/java/<package> when package is set,"
          + " otherwise migrations"),
  PACKAGE(
      "package",
      "Java package of the migration classes; default: the path below src/main/java when migrations lies"
          + " there, otherwise none"),
  SCHEMA("schema", "database schema the migrations work in; default: the connection's (public)"),
  ENTITIES("entities", "packages of the JPA entities, comma-separated"),
  CLASSPATH("classpath", "where the compiled entities are: directories and jars, separated by ':'"),
  SHADOW_URL(
      "shadow-url", "JDBC URL of a server for the shadow database; default: an embedded PostgreSQL"),
  HOOKS(
      "hooks",
      "post-write hooks run on each file autogen writes, comma-separated names, each with its"
          + " hook.NAME.command; none: run none"),
  POSTGRES_VERSION(
      "postgres-version",
      "major version of the PostgreSQL server the migrations run on, which some lint rules depend on; default 17"),
  SAFE_CONCURRENT_INDEXES(
      "safe.concurrent-indexes",
      "true: autogenerate creates indexes on existing tables CONCURRENTLY, in a migration outside a transaction"),
  SAFE_NOT_VALID_CONSTRAINTS(
      "safe.not-valid-constraints",
      "true: autogenerate adds foreign keys and checks to existing tables NOT VALID, then validates them, in a"
          + " migration outside a transaction"),
  SAFE_NOT_NULL_BACKFILL(
      "safe.not-null-backfill",
      "true: autogenerate adds a column whose default would rewrite the table without it, sets the default,"
          + " backfills existing rows, then sets NOT NULL; and backfills before a SET NOT NULL with a new default");

  private final String key;
  private final String description;

  ConfigKey(String key, String description) {
    this.key = key;
    this.description = description;
  }

  /** The key as written in autogen.properties. */
  public String key() {
    return key;
  }

  /** The flag that overrides it, e.g. {@code --shadow-url}. */
  public String flag() {
    return "--" + key;
  }

  /** The environment variable that overrides it, e.g. {@code AUTOGEN_SHADOW_URL}. */
  public String environmentVariable() {
    return "AUTOGEN_" + key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
  }

  public String description() {
    return description;
  }

  public static Optional<ConfigKey> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  /** The valid key closest to a misspelt one, by edit distance. */
  public static ConfigKey nearest(String key) {
    String probe = key.toLowerCase(Locale.ROOT);
    ConfigKey best = URL;
    int bestDistance = Integer.MAX_VALUE;
    for (ConfigKey candidate : values()) {
      int d = editDistance(probe, candidate.key);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
