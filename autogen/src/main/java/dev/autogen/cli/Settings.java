package dev.autogen.cli;

import dev.autogen.lint.LintOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * The configuration a command runs with, resolved from {@code autogen.properties}, the environment and
 * the flags (in that order of precedence, the last winning), with relative paths resolved against the
 * working directory.
 *
 * @param workingDirectory where autogen runs ({@code -C}), absolute
 * @param configFile the file read, or null when there was none
 * @param url JDBC URL, or null
 * @param user database user, or null
 * @param password database password, or null; never printed ({@link #toString()} masks it)
 * @param migrations the directory of migration sources, absolute
 * @param migrationPackage the package of migration classes; empty for the unnamed package
 * @param schema the database schema, or null for the connection's default
 * @param entities packages of the JPA entities
 * @param classpath where the compiled entities are
 * @param shadowUrl JDBC URL of the server for shadow databases, or null for an embedded one
 * @param hibernate Hibernate settings from the file's {@code hibernate.*} keys (naming strategies...)
 * @param hooks the post-write hooks to run, in order, on each file autogen writes
 * @param lint the PostgreSQL version lint assumes and the safe forms autogenerate writes
 * @param cacheDirectory where classes compiled from the migrations are kept between runs
 *     ({@code $XDG_CACHE_HOME/autogen} or {@code ~/.cache/autogen}), or null to keep none
 */
public record Settings(
    Path workingDirectory,
    Path configFile,
    String url,
    String user,
    String password,
    Path migrations,
    String migrationPackage,
    String schema,
    List<String> entities,
    List<Path> classpath,
    String shadowUrl,
    java.util.Map<String, String> hibernate,
    List<PostWriteHook> hooks,
    LintOptions lint,
    Path cacheDirectory) {

  public Settings {
    entities = List.copyOf(entities);
    classpath = List.copyOf(classpath);
    hibernate = hibernate == null ? java.util.Map.of() : java.util.Map.copyOf(hibernate);
    hooks = hooks == null ? List.of() : List.copyOf(hooks);
    lint = lint == null ? LintOptions.defaults() : lint;
  }

  /** Settings without lint options (the defaults). */
  public Settings(Path workingDirectory, Path configFile, String url, String user, String password, Path migrations,
      String migrationPackage, String schema, List<String> entities, List<Path> classpath, String shadowUrl,
      java.util.Map<String, String> hibernate, List<PostWriteHook> hooks) {
    this(workingDirectory, configFile, url, user, password, migrations, migrationPackage, schema, entities, classpath,
        shadowUrl, hibernate, hooks, LintOptions.defaults());
  }

  /** Settings that keep no compiled migrations between runs. */
  public Settings(Path workingDirectory, Path configFile, String url, String user, String password, Path migrations,
      String migrationPackage, String schema, List<String> entities, List<Path> classpath, String shadowUrl,
      java.util.Map<String, String> hibernate, List<PostWriteHook> hooks, LintOptions lint) {
    this(workingDirectory, configFile, url, user, password, migrations, migrationPackage, schema, entities, classpath,
        shadowUrl, hibernate, hooks, lint, null);
  }

  /** Settings without post-write hooks. */
  public Settings(Path workingDirectory, Path configFile, String url, String user, String password, Path migrations,
      String migrationPackage, String schema, List<String> entities, List<Path> classpath, String shadowUrl,
      java.util.Map<String, String> hibernate) {
    this(workingDirectory, configFile, url, user, password, migrations, migrationPackage, schema, entities, classpath,
        shadowUrl, hibernate, List.of());
  }

  /** Settings without Hibernate settings. */
  public Settings(Path workingDirectory, Path configFile, String url, String user, String password, Path migrations,
      String migrationPackage, String schema, List<String> entities, List<Path> classpath, String shadowUrl) {
    this(workingDirectory, configFile, url, user, password, migrations, migrationPackage, schema, entities, classpath,
        shadowUrl, java.util.Map.of());
  }

  /** A path as the user would write it: relative to the working directory when it lies below it. */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
        ? workingDirectory.relativize(absolute).toString()
        : absolute.toString();
  }

  @Override
  public String toString() {
    return "Settings[workingDirectory=" + workingDirectory + ", configFile=" + configFile + ", url=" + url
        + ", user=" + user + ", password=" + (password == null ? "null" : "****") + ", migrations="
        + migrations + ", migrationPackage=" + migrationPackage + ", schema=" + schema + ", entities="
        + entities + ", classpath=" + classpath + ", shadowUrl=" + shadowUrl + ", hibernate=" + hibernate
        + ", hooks=" + hooks + ", lint=" + lint + ", cacheDirectory=" + cacheDirectory + "]";
  }
}
