package dev.autogen.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * The command reference, {@code docs/commands.md}, generated from the CLI's own picocli definitions: each
 * command's description, usage, options (with their defaults) and parameters, as {@code --help} shows
 * them. Generated rather than written so that it cannot fall behind the code; {@code CommandReferenceTest}
 * fails when the file in the repository differs from what this prints.
 *
 * <p>{@code java dev.autogen.cli.CommandReference [FILE]} writes the reference to {@code FILE}, or to
 * standard output without one.
 */
public final class CommandReference {

  /** How to rewrite the file; said at its top and by the test that checks it. */
  public static final String REGENERATE = "./mvnw -q -B -pl autogen -am test -Dtest=CommandReferenceTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dautogen.docs.update=true";

  private CommandReference() {}

  /** Writes the reference to the file named by the first argument, or to standard output. */
  public static void main(String[] args) throws IOException {
    String markdown = markdown();
    if (args.length == 0) {
      System.out.print(markdown);
    } else {
      Files.writeString(Path.of(args[0]), markdown, StandardCharsets.UTF_8);
    }
  }

  /** The command line as {@code autogen} builds it, without running anything. */
  static CommandLine commandLine() {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Main main = new Main(new Reporter(discard, discard, false), Map.of(), Path.of("").toAbsolutePath(),
        Clock.systemUTC());
    return new CommandLine(main);
  }

  /** The whole reference, in Markdown; the same definitions always give the same bytes. */
  public static String markdown() {
    CommandLine root = commandLine();
    StringBuilder out = new StringBuilder();
    out.append("# Command reference\n\n");
    out.append("<!-- Generated from the CLI's picocli definitions by dev.autogen.cli.CommandReference;"
        + " do not edit by hand.\n     Rewrite it with: ").append(REGENERATE).append(" -->\n\n");
    out.append("Every command below also prints this with `--help`. The global options can be given before or"
        + " after the command (`autogen --url URL upgrade` or `autogen upgrade --url URL`); how they combine"
        + " with `autogen.properties` and the environment is in [configuration](configuration.md).\n\n");
    out.append("| Command | What it does |\n|---|---|\n");
    out.append("| [`autogen`](#autogen) | ").append(cell(firstLine(root.getCommandSpec()))).append(" |\n");
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      out.append("| [`").append(spec.qualifiedName()).append("`](#").append(anchor(spec)).append(") | ")
          .append(cell(firstLine(spec))).append(" |\n");
    }
    out.append('\n');
    rootSection(out, root.getCommandSpec());
    for (CommandLine sub : root.getSubcommands().values()) {
      subcommandSection(out, sub.getCommandSpec());
    }
    return out.toString();
  }

  private static void rootSection(StringBuilder out, CommandSpec spec) {
    out.append("## autogen\n\n");
    paragraphs(out, spec.usageMessage().description());
    usage(out, spec, spec.options());
    List<OptionSpec> global = new ArrayList<>();
    List<OptionSpec> own = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      (option.scopeType() == ScopeType.INHERIT ? global : own).add(option);
    }
    out.append("### Global options\n\n");
    out.append("Accepted by every command, before or after its name.\n\n");
    options(out, global);
    out.append("### Options of `autogen` alone\n\n");
    options(out, own);
    paragraphs(out, spec.usageMessage().footer());
  }

  private static void subcommandSection(StringBuilder out, CommandSpec spec) {
    out.append("## ").append(spec.qualifiedName()).append("\n\n");
    paragraphs(out, spec.usageMessage().description());
    List<OptionSpec> own = spec.options().stream().filter(o -> !o.inherited()).toList();
    usage(out, spec, own);
    if (!spec.positionalParameters().isEmpty()) {
      out.append("### Parameters\n\n");
      List<String[]> rows = new ArrayList<>();
      for (PositionalParamSpec p : spec.positionalParameters()) {
        String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
        String required = p.arity().min() > 0 ? "" : " (optional)";
        rows.add(new String[] {"`" + label + "`" + required, cell(description(p.description())),
            defaultValue(p.defaultValue())});
      }
      table(out, "Parameter", rows);
    }
    out.append("### Options\n\n");
    options(out, own);
    if (spec.options().stream().anyMatch(OptionSpec::inherited)) {
      out.append("And the [global options](#global-options).\n\n");
    }
    paragraphs(out, spec.usageMessage().footer());
  }

  /** The synopsis, as {@code --help} prints it: the command's own options and parameters, unwrapped. */
  private static void usage(StringBuilder out, CommandSpec spec, List<OptionSpec> options) {
    CommandSpec view = CommandSpec.create().name(spec.qualifiedName());
    // Wide enough that no synopsis wraps: a line break in a code block would be a different command.
    view.usageMessage().width(1000);
    view.usageMessage().synopsisSubcommandLabel(spec.usageMessage().synopsisSubcommandLabel());
    options.forEach(o -> view.addOption(OptionSpec.builder(o).build()));
    spec.positionalParameters().forEach(p -> view.addPositional(PositionalParamSpec.builder(p).build()));
    if (!spec.subcommands().isEmpty()) {
      spec.subcommands().forEach((name, sub) -> view.addSubcommand(name, CommandSpec.create().name(name)));
    }
    String synopsis = new Help(view, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).strip();
    out.append("```\n").append(synopsis).append("\n```\n\n");
  }

  private static void options(StringBuilder out, List<OptionSpec> options) {
    List<OptionSpec> sorted = new ArrayList<>(options);
    sorted.sort(Comparator.comparing(CommandReference::sortKey));
    List<String[]> rows = new ArrayList<>();
    for (OptionSpec o : sorted) {
      StringBuilder names = new StringBuilder();
      for (String name : o.names()) {
        if (names.length() > 0) {
          names.append(", ");
        }
        names.append('`').append(name);
        if (o.arity().max() > 0) {
          names.append(' ').append(o.paramLabel());
        }
        names.append('`');
      }
      List<String> notes = new ArrayList<>();
      if (o.required()) {
        notes.add("required");
      }
      if (o.isMultiValue()) {
        notes.add("repeatable");
      }
      String note = notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")";
      rows.add(new String[] {names + note, cell(description(o.description())),
          o.arity().max() > 0 ? defaultValue(o.defaultValue()) : ""});
    }
    table(out, "Option", rows);
  }

  /** A table of name, description and default; the default column only when something has one. */
  private static void table(StringBuilder out, String what, List<String[]> rows) {
    boolean defaults = rows.stream().anyMatch(r -> !r[2].isEmpty());
    out.append("| ").append(what).append(" | Description |").append(defaults ? " Default |" : "").append('\n');
    out.append("|---|---|").append(defaults ? "---|" : "").append('\n');
    for (String[] row : rows) {
      out.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |");
      if (defaults) {
        out.append(' ').append(row[2]).append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  /** Options in {@code --help}'s order: by name without dashes, short names before long ones. */
  private static String sortKey(OptionSpec o) {
    String name = o.shortestName().replaceFirst("^-+", "");
    return name.toLowerCase(Locale.ROOT) + "\u0000" + name;
  }

  private static void paragraphs(StringBuilder out, String[] description) {
    StringBuilder paragraph = new StringBuilder();
    for (String line : lines(description)) {
      if (line.isBlank()) {
        flush(out, paragraph);
      } else {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(text(line.strip()));
      }
    }
    flush(out, paragraph);
  }

  private static void flush(StringBuilder out, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      out.append(paragraph).append("\n\n");
      paragraph.setLength(0);
    }
  }

  private static String firstLine(CommandSpec spec) {
    return lines(spec.usageMessage().description()).stream().filter(l -> !l.isBlank()).findFirst().orElse("");
  }

  /** A description on one line, as a table cell holds it. */
  private static String description(String[] description) {
    return String.join(" ", lines(description).stream().filter(l -> !l.isBlank()).map(String::strip).toList());
  }

  /**
   * The lines of a description as picocli prints them: its texts are format strings, so {@code %n} is a
   * line break and {@code %%} a percent sign.
   */
  private static List<String> lines(String[] description) {
    List<String> out = new ArrayList<>();
    for (String text : description) {
      out.addAll(List.of(text.replace("%%", "\u0000").replace("%n", "\n").replace('\u0000', '%').split("\n", -1)));
    }
    return out;
  }

  private static String defaultValue(String value) {
    return value == null ? "" : "`" + value + "`";
  }

  /** GitHub's heading anchor: {@code autogen upgrade} becomes {@code autogen-upgrade}. */
  private static String anchor(CommandSpec spec) {
    return spec.qualifiedName().toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /** Prose: angle brackets would be read as HTML tags and vanish. */
  private static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A table cell: prose without the column separator. */
  private static String cell(String s) {
    return text(s).replace("|", "\\|");
  }
}
