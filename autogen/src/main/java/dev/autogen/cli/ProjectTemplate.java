package dev.autogen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template of {@code autogen init}: plain text files in the autogen-templates module, under
 * {@code autogen/templates/<name>/}, listed with their targets in that directory's {@code files.list}.
 * The templates themselves are listed in {@code autogen/templates/templates.list}, because a jar's
 * directories cannot be listed.
 *
 * <p>Files hold a few {@code ${name}} placeholders ({@code package}, {@code migrations}, ...) that
 * {@link #fill} replaces; every other {@code ${...}} (an {@code ${env:NAME}} reference, a hook's
 * {@code ${file}}) is left as it is for the configuration to read.
 *
 * @param name the name given to {@code init --template}
 * @param description one line saying what the template is for
 */
record ProjectTemplate(String name, String description) {

  private static final String ROOT = "autogen/templates/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9-]*)}");

  /** The placeholder that makes a template write its files once per database schema. */
  static final String SCHEMA = "schema";

  /**
   * One file of a template.
   *
   * @param source the resource name below the template's directory
   * @param target where it is written, relative to the project, with placeholders
   */
  record TemplateFile(String source, String target) {}

  /** The templates of this build, in the order they are listed. */
  static List<ProjectTemplate> all() {
    List<ProjectTemplate> templates = new ArrayList<>();
    for (String[] fields : table(ROOT + "templates.list")) {
      templates.add(new ProjectTemplate(fields[0], fields[1]));
    }
    return templates;
  }

  /** The template called {@code name}; an unknown name is bad usage that lists the known ones. */
  static ProjectTemplate named(String name) {
    List<ProjectTemplate> all = all();
    return all.stream().filter(t -> t.name.equals(name)).findFirst().orElseThrow(() -> CliException.usage(
        "no template '" + name + "'; the templates are " + String.join(", ", all.stream().map(ProjectTemplate::name).toList())
            + " (see 'autogen list-templates')"));
  }

  List<TemplateFile> files() {
    List<TemplateFile> files = new ArrayList<>();
    for (String[] fields : table(ROOT + name + "/files.list")) {
      files.add(new TemplateFile(fields[0], fields[1]));
    }
    return files;
  }

  /** Whether the template writes its files once per schema, and so needs the schemas' names. */
  boolean perSchema() {
    return files().stream().anyMatch(f -> f.target().contains("${" + SCHEMA + "}"));
  }

  /** The text of one of the template's files. */
  String read(String source) {
    return resource(ROOT + name + "/" + source);
  }

  /** {@code text} with each {@code ${key}} of {@code values} replaced; other {@code ${...}} stay. */
  static String fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The tab-separated lines of a list, without comments and blank lines. */
  private static List<String[]> table(String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : resource(resource).split("\n")) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      String[] fields = stripped.split("\t+", 2);
      if (fields.length != 2) {
        throw new IllegalStateException(resource + ": expected NAME<tab>VALUE, found: " + stripped);
      }
      rows.add(new String[] {fields[0].strip(), fields[1].strip()});
    }
    return rows;
  }

  private static String resource(String name) {
    try (InputStream in = ProjectTemplate.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the template resource " + name + " is missing from this build"
            + " (the autogen-templates jar belongs on the class path)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
