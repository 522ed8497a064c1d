package dev.autogen.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code autogen list-templates}: the templates of {@code autogen init}, one line each. */
@Command(
    name = "list-templates",
    description = "List the templates of 'autogen init --template NAME', one line each.")
final class ListTemplatesCommand extends CliCommand {

  @Override
  int execute() {
    List<ProjectTemplate> templates = ProjectTemplate.all();
    int width = templates.stream().mapToInt(t -> t.name().length()).max().orElse(0);
    for (ProjectTemplate t : templates) {
      reporter().result(reporter().bold(String.format("%-" + width + "s", t.name())) + "  " + t.description());
    }
    return 0;
  }
}
