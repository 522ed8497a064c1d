package dev.autogen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code autogen init [DIR] [--template NAME]}: writes a project's autogen files from a
 * {@link ProjectTemplate}: a commented configuration, the migrations package and its README. It writes
 * nothing when any of them exists already.
 */
@Command(
    name = "init",
    description = {
      "Set up autogen in a project: a commented autogen.properties, the migrations package and a README.",
      "The migrations package is --package, or <the sources' common package>.migrations; the entities are"
          + " --entities, or that common package. Nothing is written when any of the files exists."
    })
final class InitCommand extends CliCommand {

  private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  @Parameters(arity = "0..1", paramLabel = "DIR",
      description = "The project directory (default: the working directory); created when missing.")
  String directory;

  @Option(names = "--template", paramLabel = "NAME", defaultValue = "default",
      description = "The template (default: ${DEFAULT-VALUE}); see 'autogen list-templates'.")
  String template;

  @Option(names = "--schemas", paramLabel = "SCHEMA[,SCHEMA]", split = ",",
      description = "The database schemas of the multi-schema template.")
  List<String> schemas = new ArrayList<>();

  @Override
  int execute() {
    refuseOtherSettings();
    ProjectTemplate chosen = ProjectTemplate.named(template);
    Path workingDirectory = main.workingDirectory();
    Path project = directory == null ? workingDirectory : ConfigLoader.resolve(workingDirectory, directory, "DIR");
    if (Files.exists(project) && !Files.isDirectory(project)) {
      throw CliException.usage(directory + " is a file; init needs a directory");
    }
    List<String> schemaNames = schemaNames(chosen);

    SourcePackages sources = SourcePackages.of(project);
    String appPackage = sources.application();
    String basePackage = main.migrationPackage != null ? main.migrationPackage.strip()
        : appPackage == null ? "migrations" : appPackage + ".migrations";
    if (!SourceVersion.isName(basePackage)) {
      throw CliException.usage("--package '" + basePackage + "' is not a Java package name");
    }
    String classpath = main.classpath != null ? main.classpath.strip() : defaultClasspath(project);

    // Every file is rendered first, so that nothing is written when one of them is in the way.
    Map<Path, String> files = new LinkedHashMap<>();
    List<String> units = schemaNames.isEmpty() ? java.util.Collections.singletonList(null) : schemaNames;
    List<String> packages = new ArrayList<>();
    for (String schema : units) {
      String packageName = schema == null ? basePackage : basePackage + "." + packageSegment(schema);
      String entities = schema == null
          ? (main.entities != null ? main.entities.strip() : sources.common() == null ? "" : sources.common())
          : appPackage == null ? "" : appPackage + "." + packageSegment(schema);
      packages.add(packageName);
      Map<String, String> values = new LinkedHashMap<>();
      values.put("package", packageName);
      values.put("migrations", "src/main/java/" + packageName.replace('.', '/'));
      values.put("entities", entities);
      values.put("classpath", classpath);
      values.put("template", chosen.name());
      values.put("schemas", String.join(", ", schemaNames));
      if (schema != null) {
        values.put(ProjectTemplate.SCHEMA, schema);
      }
      for (ProjectTemplate.TemplateFile file : chosen.files()) {
        Path target = project.resolve(ProjectTemplate.fill(file.target(), values)).normalize();
        files.putIfAbsent(target, ProjectTemplate.fill(chosen.read(file.source()), values));
      }
    }

    List<String> existing = files.keySet().stream().filter(Files::exists).map(p -> display(workingDirectory, p)).toList();
    if (!existing.isEmpty()) {
      throw CliException.failure(String.join(", ", existing) + (existing.size() == 1 ? " exists" : " exist")
          + " already; init writes nothing over existing files, so nothing was written");
    }
    for (Map.Entry<Path, String> file : files.entrySet()) {
      write(file.getKey(), file.getValue());
    }
    for (Path file : files.keySet()) {
      reporter().success("Created " + display(workingDirectory, file));
    }
    summarize(chosen, workingDirectory, project, appPackage, packages, schemaNames);
    return 0;
  }

  private void summarize(ProjectTemplate chosen, Path workingDirectory, Path project, String appPackage,
      List<String> packages, List<String> schemaNames) {
    String from = main.migrationPackage != null ? "" : appPackage == null ? " (no Java sources found; set --package to"
        + " choose)" : " (from the sources in src/main/java; choose another with --package)";
    reporter().info("Migrations package " + String.join(", ", packages) + from + ".");
    boolean entitiesKnown = schemaNames.isEmpty() ? main.entities != null || appPackage != null : appPackage != null;
    if (!entitiesKnown) {
      reporter().warn("set entities= in " + (schemaNames.isEmpty() ? ConfigLoader.DEFAULT_CONFIG_FILE
          : "each autogen-<schema>.properties") + " to the packages of your @Entity classes");
    }
    String cd = project.equals(workingDirectory) ? "" : "cd " + display(workingDirectory, project) + " && ";
    if (schemaNames.isEmpty()) {
      reporter().info("Next: compile the entities, then " + cd + "autogen --message \"initial schema\"");
    } else {
      reporter().info("Next: compile the entities, then for each schema " + cd + "autogen --config autogen-"
          + schemaNames.get(0) + ".properties --message \"initial schema\"");
    }
  }

  /** init writes the package, the entities and the class path; other settings belong in the file it writes. */
  private void refuseOtherSettings() {
    Map<String, Object> others = new LinkedHashMap<>();
    others.put("--url", main.url);
    others.put("--user", main.user);
    others.put("--password", main.password);
    others.put("--migrations", main.migrations);
    others.put("--schema", main.schema);
    others.put("--shadow-url", main.shadowUrl);
    others.put("--config", main.config);
    others.put("--hooks", main.hooks);
    for (Map.Entry<String, Object> other : others.entrySet()) {
      if (other.getValue() != null) {
        throw CliException.usage("init takes --package, --entities and --classpath; set " + other.getKey().substring(2)
            + " in the autogen.properties it writes instead of " + other.getKey());
      }
    }
  }

  private List<String> schemaNames(ProjectTemplate chosen) {
    List<String> names = schemas.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (!chosen.perSchema()) {
      if (!names.isEmpty()) {
        throw CliException.usage("--schemas is for a template with one set of files per schema, such as"
            + " multi-schema; the " + chosen.name() + " template has one schema (set schema= in autogen.properties)");
      }
      return List.of();
    }
    if (names.size() < 2) {
      throw CliException.usage("the " + chosen.name() + " template needs the names of the schemas your entities"
          + " live in, at least two: --schemas sales,billing");
    }
    if (main.entities != null) {
      throw CliException.usage("with the " + chosen.name() + " template each schema's entities are set in its own"
          + " autogen-<schema>.properties; leave out --entities");
    }
    for (String name : names) {
      if (!SCHEMA_NAME.matcher(name).matches()) {
        throw CliException.usage("--schemas: '" + name + "' is not a schema name autogen can give a file and a"
            + " package (letters, digits and _)");
      }
    }
    return names;
  }

  /** The schema's name as a package name segment: lower case, and not a Java keyword ({@code public_}). */
  static String packageSegment(String schema) {
    String segment = schema.toLowerCase(Locale.ROOT);
    return SourceVersion.isKeyword(segment) ? segment + "_" : segment;
  }

  /**
   * The packages of the Java sources below {@code src/main/java}.
   *
   * @param common the longest package every source lies in, or null when there is none (no sources, or
   *     sources in the unnamed package or in unrelated packages): where the entities are looked for
   * @param onlyPackage whether every source lies in {@code common} itself, not below it
   */
  record SourcePackages(String common, boolean onlyPackage) {

    /**
     * The application's package, which the migrations package goes below: the common package, or its
     * parent when the sources are all in one package such as {@code com.example.shop.model} (the
     * migrations then sit beside the model, not inside it).
     */
    String application() {
      if (common == null || !onlyPackage) {
        return common;
      }
      int dot = common.lastIndexOf('.');
      return common.chars().filter(c -> c == '.').count() >= 2 ? common.substring(0, dot) : common;
    }

    static SourcePackages of(Path project) {
      Path root = project.resolve("src/main/java");
      if (!Files.isDirectory(root)) {
        return new SourcePackages(null, false);
      }
      TreeSet<String> packages = new TreeSet<>();
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
            .forEach(f -> packages.add(root.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.')));
      } catch (IOException e) {
        throw CliException.failure("cannot read " + root + ": " + e.getMessage(), e);
      }
      if (packages.isEmpty()) {
        return new SourcePackages(null, false);
      }
      String[] common = packages.first().split("\\.");
      int length = common.length;
      for (String p : packages) {
        String[] segments = p.split("\\.");
        int i = 0;
        while (i < length && i < segments.length && segments[i].equals(common[i])) {
          i++;
        }
        length = i;
      }
      String result = String.join(".", java.util.Arrays.copyOf(common, length));
      if (result.isEmpty() || !SourceVersion.isName(result)) {
        return new SourcePackages(null, false);
      }
      return new SourcePackages(result, packages.size() == 1);
    }
  }

  /** Where a Maven or Gradle build compiles the entities to. */
  private static String defaultClasspath(Path project) {
    boolean gradle = Files.exists(project.resolve("build.gradle")) || Files.exists(project.resolve("build.gradle.kts"));
    return gradle && !Files.exists(project.resolve("pom.xml")) ? "build/classes/java/main" : "target/classes";
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw CliException.failure("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String display(Path workingDirectory, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(workingDirectory) && !absolute.equals(workingDirectory)
        ? workingDirectory.relativize(absolute).toString()
        : absolute.toString();
  }
}
