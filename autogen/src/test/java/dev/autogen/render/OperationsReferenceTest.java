package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.dialect.SqlStatement;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.runtime.internal.MigrationLoader;
import dev.autogen.runtime.internal.RecordingOperations;
import dev.autogen.runtime.op.Op;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of {@code docs/operations.md} are true: each {@code java} block followed by an {@code sql}
 * block is compiled as the body of a migration's {@code upgrade}, its ops are recorded, and the SQL block
 * must be exactly what the PostgreSQL dialect renders for them (as {@code upgrade --sql} prints it). Where
 * the SQL block is followed by {@link #REVERSE_MARKER} and a {@code java} block, that block must be the
 * {@code downgrade} body the migration renderer writes for those ops.
 *
 * <p>After a change of the dialect or the renderer, rewrite the generated blocks with
 * {@code -Dautogen.docs.update=true} and review the diff.
 */
class OperationsReferenceTest {
  private static final boolean UPDATE = Boolean.getBoolean("autogen.docs.update");
  /** Tests run in the module directory; the docs are beside it. */
  private static final Path FILE = Path.of("../docs/operations.md");
  static final String REVERSE_MARKER = "Its reverse, as the renderer writes it into `downgrade`:";
  private static final String REGENERATE = "./mvnw -q -B -pl autogen -am test -Dtest=OperationsReferenceTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dautogen.docs.update=true";

  /**
   * One example: the lines of its java block, and where its generated blocks' contents lie (end exclusive;
   * -1 when it has none).
   */
  private record Example(int number, int line, List<String> code, int sqlStart, int sqlEnd, int reverseStart,
      int reverseEnd) {}

  @Test
  void examplesShowTheSqlAndReverseTheCodeProduces(@TempDir Path sources) throws IOException {
    List<String> lines = new ArrayList<>(List.of(Files.readString(FILE, StandardCharsets.UTF_8).split("\n", -1)));
    List<Example> examples = examples(lines);
    assertThat(examples).as("examples in docs/operations.md").hasSizeGreaterThan(30);

    Map<Integer, List<Op>> ops = record(examples, sources);
    Dialect dialect = Dialects.named("postgresql");
    List<String> stale = new ArrayList<>();
    // From the last example up, so that replacing a block keeps the earlier line numbers valid.
    for (int i = examples.size() - 1; i >= 0; i--) {
      Example e = examples.get(i);
      if (e.sqlStart() < 0) {
        continue;
      }
      List<Op> recorded = ops.get(e.number());
      if (e.reverseStart() >= 0) {
        List<String> reverse = downgradeBody(recorded);
        if (!reverse.equals(lines.subList(e.reverseStart(), e.reverseEnd()))) {
          stale.add("the reverse of the example at line " + e.line());
          replace(lines, e.reverseStart(), e.reverseEnd(), reverse);
        }
      }
      List<String> sql = sql(dialect, recorded);
      if (!sql.equals(lines.subList(e.sqlStart(), e.sqlEnd()))) {
        stale.add("the SQL of the example at line " + e.line());
        replace(lines, e.sqlStart(), e.sqlEnd(), sql);
      }
    }
    if (UPDATE && !stale.isEmpty()) {
      Files.writeString(FILE, String.join("\n", lines), StandardCharsets.UTF_8);
      return;
    }
    if (!stale.isEmpty()) {
      fail("docs/operations.md is out of date (" + stale.get(stale.size() - 1)
          + (stale.size() > 1 ? " and " + (stale.size() - 1) + " more" : "") + "); run " + REGENERATE);
    }
  }

  @Test
  void everyOperationsMethodHasAnExample() throws IOException {
    String doc = Files.readString(FILE, StandardCharsets.UTF_8);
    for (var method : dev.autogen.runtime.Operations.class.getMethods()) {
      assertThat(doc).as("an example of Operations.%s", method.getName()).contains("op." + method.getName() + "(");
    }
    for (var method : dev.autogen.runtime.op.ColumnChanges.class.getMethods()) {
      if (method.getDeclaringClass() == dev.autogen.runtime.op.ColumnChanges.class && !method.getName().equals("toOp")) {
        assertThat(doc).as("ColumnChanges.%s", method.getName()).contains(method.getName() + "(");
      }
    }
    for (var method : dev.autogen.runtime.schema.Ddl.class.getMethods()) {
      if (method.getDeclaringClass() == dev.autogen.runtime.schema.Ddl.class) {
        assertThat(doc).as("Ddl.%s", method.getName()).contains(method.getName() + "(");
      }
    }
  }

  private static List<Example> examples(List<String> lines) {
    List<Example> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).equals("```java")) {
        i++;
        continue;
      }
      int start = i + 1;
      int end = closing(lines, start);
      int next = skipBlank(lines, end + 1);
      String first = start < end ? lines.get(start) : "";
      if (first.startsWith("import ") || first.startsWith("@") || first.startsWith("package ")) {
        // A whole class, shown for its shape.
        i = end + 1;
      } else if (next < lines.size() && lines.get(next).equals("```sql")) {
        int sqlEnd = closing(lines, next + 1);
        int reverseStart = -1;
        int reverseEnd = -1;
        int after = skipBlank(lines, sqlEnd + 1);
        if (after < lines.size() && lines.get(after).equals(REVERSE_MARKER)) {
          int open = skipBlank(lines, after + 1);
          assertThat(lines.get(open)).as("the block after the reverse marker at line %d", after + 1).isEqualTo("```java");
          reverseStart = open + 1;
          reverseEnd = closing(lines, reverseStart);
        }
        out.add(new Example(out.size() + 1, start, List.copyOf(lines.subList(start, end)), next + 1, sqlEnd,
            reverseStart, reverseEnd));
        i = Math.max(sqlEnd, reverseEnd) + 1;
      } else {
        // A snippet without SQL (a Java data migration, say): compiled, not run.
        out.add(new Example(out.size() + 1, start, List.copyOf(lines.subList(start, end)), -1, -1, -1, -1));
        i = end + 1;
      }
    }
    return out;
  }

  private static int closing(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).equals("```")) {
        return i;
      }
    }
    throw new AssertionError("a code block opened before line " + from + " is not closed");
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /** Compiles every example as a migration, all at once, and records the ops of each upgrade. */
  private static Map<Integer, List<Op>> record(List<Example> examples, Path sources) throws IOException {
    for (Example e : examples) {
      String name = String.format(Locale.ROOT, "Example%03d", e.number());
      String body = String.join("\n", e.code().stream().map(l -> "    " + l).toList());
      Files.writeString(sources.resolve(name + ".java"), """
          import static dev.autogen.runtime.op.ColumnChanges.alter;
          import static dev.autogen.runtime.schema.Ddl.*;

          import dev.autogen.runtime.Migration;
          import dev.autogen.runtime.Operations;
          import dev.autogen.runtime.Revision;
          import dev.autogen.runtime.schema.*;
          import java.util.Arrays;
          import java.util.List;

          /** docs/operations.md, line %d. */
          @Revision(id = "example_%03d")
          public final class %s implements Migration {
            @Override
            public void upgrade(Operations op) {
          %s
            }

            @Override
            public void downgrade(Operations op) {}
          }
          """.formatted(e.line(), e.number(), name, body), StandardCharsets.UTF_8);
    }
    Map<Integer, List<Op>> out = new TreeMap<>();
    for (LoadedMigration m : MigrationLoader.fromSources(sources, null, List.of())) {
      int number = Integer.parseInt(m.id().substring("example_".length()));
      if (examples.get(number - 1).sqlStart() < 0) {
        continue;
      }
      RecordingOperations recording = new RecordingOperations();
      m.migration().upgrade(recording);
      out.put(number, recording.ops());
    }
    return out;
  }

  /** The statements as a script holds them: parameters inlined, each ending with a semicolon. */
  private static List<String> sql(Dialect dialect, List<Op> ops) {
    List<String> out = new ArrayList<>();
    for (Op op : ops) {
      for (SqlStatement statement : dialect.toSql(op)) {
        out.addAll(List.of(dialect.toScript(statement).split("\n")));
      }
    }
    return out;
  }

  /** The body of {@code downgrade} in the migration the renderer writes for these ops, unindented. */
  private static List<String> downgradeBody(List<Op> ops) {
    String source = new MigrationRenderer().render(new RenderRequest("docs", "example", List.of(), List.of(),
        "example", LocalDateTime.of(2026, 1, 1, 0, 0), ops, null, List.of(), null)).source();
    String open = "public void downgrade(Operations op) {\n";
    int start = source.indexOf(open);
    assertThat(start).as("a downgrade method in\n%s", source).isNotNegative();
    int end = source.indexOf("\n  }\n", start);
    String body = source.substring(start + open.length(), end);
    List<String> out = new ArrayList<>();
    for (String line : body.split("\n")) {
      out.add(line.startsWith("    ") ? line.substring(4) : line.strip());
    }
    return out;
  }

  private static void replace(List<String> lines, int start, int end, List<String> with) {
    lines.subList(start, end).clear();
    lines.addAll(start, with);
  }
}
