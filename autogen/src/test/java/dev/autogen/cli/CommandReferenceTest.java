package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code docs/commands.md} is what {@link CommandReference} generates from the CLI's definitions. When a
 * command, option or description changes, rewrite it with {@code -Dautogen.docs.update=true} (see
 * {@link CommandReference#REGENERATE}) and commit it with the change.
 */
class CommandReferenceTest {
  private static final boolean UPDATE = Boolean.getBoolean("autogen.docs.update");
  /** Tests run in the module directory; the docs are beside it. */
  private static final Path FILE = Path.of("../docs/commands.md");

  @Test
  void docsCommandsMdIsUpToDate() throws IOException {
    String generated = CommandReference.markdown();
    if (UPDATE) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
    if (!committed.equals(generated)) {
      fail("docs/commands.md is out of date; run " + CommandReference.REGENERATE);
    }
  }

  @Test
  void everyCommandOptionAndParameterIsDocumented() {
    String markdown = CommandReference.markdown();
    CommandLine root = CommandReference.commandLine();
    assertThat(markdown).contains("## autogen\n");
    for (OptionSpec option : root.getCommandSpec().options()) {
      assertThat(markdown).as("option %s of autogen", option.longestName()).contains("`" + option.longestName());
    }
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      String section = section(markdown, spec.qualifiedName());
      String summary = spec.usageMessage().description()[0].replace("%n", "").strip();
      assertThat(section).as("the section of %s", spec.qualifiedName()).contains(summary);
      assertThat(section).contains("```\n" + spec.qualifiedName());
      for (OptionSpec option : spec.options()) {
        if (!option.inherited()) {
          assertThat(section).as("option %s of %s", option.longestName(), spec.qualifiedName())
              .contains("`" + option.longestName());
        }
      }
      for (PositionalParamSpec parameter : spec.positionalParameters()) {
        assertThat(section).as("parameter %s of %s", parameter.paramLabel(), spec.qualifiedName())
            .contains("| `" + parameter.paramLabel());
      }
    }
  }

  @Test
  void defaultsAndPlaceholdersAreRendered() {
    String upgrade = section(CommandReference.markdown(), "autogen upgrade");
    // The TARGET default, and a description's angle brackets kept visible in Markdown.
    assertThat(upgrade).contains("| `TARGET` (optional) |").contains("| `head` |");
    String root = section(CommandReference.markdown(), "autogen");
    assertThat(root).contains("src/main/java/&lt;package&gt;").contains("password=${env:DB_PASSWORD}");
    assertThat(root).doesNotContain("$${").doesNotContain("${DEFAULT-VALUE}");
    String check = section(CommandReference.markdown(), "autogen check");
    assertThat(check).contains("`--format FORMAT`").contains("| `text` |").doesNotContain("COMPLETION-CANDIDATES");
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    assertThat(CommandReference.markdown()).isEqualTo(CommandReference.markdown());
  }

  /** The text of {@code ## NAME} up to the next {@code ## } heading. */
  private static String section(String markdown, String name) {
    int start = markdown.indexOf("\n## " + name + "\n");
    assertThat(start).as("a section for %s", name).isNotNegative();
    int end = markdown.indexOf("\n## ", start + 1);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }
}
