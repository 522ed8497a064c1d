package dev.autogen.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Keeps each command's help about that command: its synopsis and option list show its own options, and
 * the global options (inherited from {@code autogen}) are named in one short paragraph instead of being
 * repeated in full under every command.
 */
final class HelpLayout {
  private static final String GLOBAL_OPTIONS = "globalOptions";

  private HelpLayout() {}

  static void install(CommandLine root) {
    for (CommandLine sub : root.getSubcommands().values()) {
      Map<String, CommandLine.IHelpSectionRenderer> sections = sub.getHelpSectionMap();
      sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, HelpLayout::synopsis);
      sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
          help -> help.optionListExcludingGroups(ownOptions(help.commandSpec())));
      sections.put(GLOBAL_OPTIONS, HelpLayout::globalOptions);
      List<String> keys = new ArrayList<>(sub.getHelpSectionKeys());
      keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, GLOBAL_OPTIONS);
      sub.setHelpSectionKeys(keys);
    }
  }

  private static List<OptionSpec> ownOptions(CommandSpec spec) {
    return spec.options().stream().filter(o -> !o.inherited()).toList();
  }

  /** {@code Usage: autogen upgrade [-hV] [--sql] [TARGET]}, without the inherited options. */
  private static String synopsis(Help help) {
    CommandSpec spec = help.commandSpec();
    CommandSpec view = CommandSpec.create().name(spec.qualifiedName());
    view.usageMessage().width(spec.usageMessage().width());
    ownOptions(spec).forEach(o -> view.addOption(OptionSpec.builder(o).build()));
    spec.positionalParameters().forEach(p -> view.addPositional(CommandLine.Model.PositionalParamSpec.builder(p).build()));
    return new Help(view, help.colorScheme()).synopsis(help.synopsisHeadingLength());
  }

  private static String globalOptions(Help help) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : help.commandSpec().options()) {
      if (o.inherited()) {
        names.add(o.longestName() + (o.arity().max() > 0 ? " " + o.paramLabel() : ""));
      }
    }
    if (names.isEmpty()) {
      return "";
    }
    int width = help.commandSpec().usageMessage().width();
    StringBuilder text = new StringBuilder("%nGlobal options (see 'autogen --help'):%n".formatted());
    StringBuilder line = new StringBuilder(" ");
    for (int i = 0; i < names.size(); i++) {
      String item = " " + names.get(i) + (i + 1 < names.size() ? "," : "");
      if (line.length() + item.length() > width) {
        text.append(line).append(System.lineSeparator());
        line = new StringBuilder(" ");
      }
      line.append(item);
    }
    return text.append(line).append(System.lineSeparator()).toString();
  }
}
