package dev.autogen.generate;

import dev.autogen.cli.Autogenerator.CheckFormat;
import dev.autogen.cli.Reporter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code autogen check} found, and every way it is printed: text for people, JSON for tools, JUnit
 * XML for test dashboards, a markdown table for a pull request, GitHub workflow annotations.
 *
 * @param comparisons the pairs of sides compared, in order (the migrations with the entities, and with
 *     {@code --url} the database with the migrations), so that an agreeing pair is reported too
 * @param differences each difference found, in the order of {@code comparisons}
 */
record DriftReport(List<Comparison> comparisons, List<Difference> differences) {

  /** The closing advice of the text and markdown reports. */
  private static final String ADVICE = "Run `autogen --message \"...\"` to write a migration for the entity changes;"
      + " a database that differs from its migrations was changed by hand.";

  private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|&#]");

  DriftReport {
    comparisons = List.copyOf(comparisons);
    differences = List.copyOf(differences);
  }

  /**
   * Two sides compared: {@code from} is brought to {@code to} by the changes reported for the pair.
   *
   * @param from the side that would change, e.g. "migrations"
   * @param to the side it would become, e.g. "entities"
   */
  record Comparison(String from, String to) {
    /** {@code migrations → entities}. */
    String title() {
      return from + " → " + to;
    }

    /** The pair as a test's name: {@code migrations and entities agree}. */
    String testName() {
      return from + " and " + to + " agree";
    }
  }

  /**
   * One difference: {@code change} is what would bring side {@code from} to side {@code to} (for example
   * from the migrations to the entities: "added column team_members.linkedin_url").
   */
  record Difference(String from, String to, String change) {
    Comparison comparison() {
      return new Comparison(from, to);
    }
  }

  void print(Reporter reporter, CheckFormat format) {
    switch (format) {
      case JSON -> reporter.result(json());
      case JUNIT -> reporter.result(junit());
      case MARKDOWN -> reporter.result(markdown());
      case GITHUB -> reporter.result(github());
      case TEXT -> text(reporter);
    }
  }

  /** The comparisons, with any pair that has differences but was not listed, in a stable order. */
  List<Comparison> allComparisons() {
    List<Comparison> all = new ArrayList<>(comparisons);
    for (Difference d : differences) {
      if (!all.contains(d.comparison())) {
        all.add(d.comparison());
      }
    }
    return all;
  }

  List<Difference> differencesOf(Comparison comparison) {
    return differences.stream().filter(d -> d.comparison().equals(comparison)).toList();
  }

  private static String count(int n) {
    return n == 1 ? "1 difference" : n + " differences";
  }

  // ---- text ------------------------------------------------------------------------------------------

  private void text(Reporter reporter) {
    if (differences.isEmpty()) {
      reporter.success("No drift: the entities, the migrations" + " and the database (when given) agree.");
      return;
    }
    reporter.error(differences.size() + " difference(s) found:");
    for (Comparison c : allComparisons()) {
      List<Difference> of = differencesOf(c);
      if (!of.isEmpty()) {
        reporter.result("  " + c.title() + " (what would bring the " + c.from() + " to the " + c.to() + "):");
        of.forEach(d -> reporter.result("    - " + d.change()));
      }
    }
    reporter.result(ADVICE);
  }

  // ---- JSON ------------------------------------------------------------------------------------------

  /**
   * {@code {"status":"drift","count":1,"comparisons":[{"from":..,"to":..,"status":..,"count":..}],
   * "differences":[{"from":..,"to":..,"change":..}]}} on one line.
   */
  String json() {
    StringBuilder out = new StringBuilder("{\"status\":").append(quote(status(differences.size())))
        .append(",\"count\":").append(differences.size()).append(",\"comparisons\":[");
    List<Comparison> all = allComparisons();
    for (int i = 0; i < all.size(); i++) {
      Comparison c = all.get(i);
      int n = differencesOf(c).size();
      out.append(i == 0 ? "" : ",").append("{\"from\":").append(quote(c.from())).append(",\"to\":")
          .append(quote(c.to())).append(",\"status\":").append(quote(status(n))).append(",\"count\":").append(n)
          .append('}');
    }
    out.append("],\"differences\":[");
    for (int i = 0; i < differences.size(); i++) {
      Difference d = differences.get(i);
      out.append(i == 0 ? "" : ",").append("{\"from\":").append(quote(d.from())).append(",\"to\":")
          .append(quote(d.to())).append(",\"change\":").append(quote(d.change())).append('}');
    }
    return out.append("]}").toString();
  }

  private static String status(int differences) {
    return differences == 0 ? "agree" : "drift";
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  // ---- JUnit XML -------------------------------------------------------------------------------------

  /**
   * The Ant/Surefire JUnit XML that dashboards read: one test suite, {@code autogen check}, with one test
   * case per pair of sides compared. The test cases keep their names from run to run (a dashboard then
   * charts one test going red and green again); a drifted pair fails with its differences, one a line.
   */
  String junit() {
    List<Comparison> all = allComparisons();
    long failures = all.stream().filter(c -> !differencesOf(c).isEmpty()).count();
    String counts = " tests=\"" + all.size() + "\" failures=\"" + failures + "\" errors=\"0\"";
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"autogen check\"").append(counts).append(">\n");
    out.append("  <testsuite name=\"autogen check\"").append(counts).append(" skipped=\"0\">\n");
    for (Comparison c : all) {
      List<Difference> of = differencesOf(c);
      out.append("    <testcase classname=\"autogen.check\" name=\"").append(xml(c.testName())).append('"');
      if (of.isEmpty()) {
        out.append("/>\n");
        continue;
      }
      out.append(">\n      <failure type=\"SchemaDrift\" message=\"")
          .append(xml(count(of.size()) + ": what would bring the " + c.from() + " to the " + c.to())).append("\">");
      for (Difference d : of) {
        out.append(xml("- " + d.change())).append('\n');
      }
      out.append("</failure>\n    </testcase>\n");
    }
    out.append("  </testsuite>\n</testsuites>");
    return out.toString();
  }

  /** Text for XML content and attributes: markup escaped, characters XML 1.0 forbids dropped. */
  static String xml(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> {
          boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
          if (allowed) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  // ---- markdown --------------------------------------------------------------------------------------

  /** A summary for a pull request: a table of the pairs compared, then a table of the differences. */
  String markdown() {
    StringBuilder out = new StringBuilder("## autogen check: ")
        .append(differences.isEmpty() ? "no drift" : count(differences.size())).append("\n\n");
    out.append("| Compared | Result |\n|---|---|\n");
    for (Comparison c : allComparisons()) {
      int n = differencesOf(c).size();
      out.append("| ").append(markdownCell(c.title())).append(" | ").append(n == 0 ? "agree" : "**" + count(n) + "**")
          .append(" |\n");
    }
    if (differences.isEmpty()) {
      return out.append("\nThe entities, the migrations and the database (when given) agree.").toString();
    }
    out.append("\n| # | Compared | Change |\n|---:|---|---|\n");
    for (int i = 0; i < differences.size(); i++) {
      Difference d = differences.get(i);
      out.append("| ").append(i + 1).append(" | ").append(markdownCell(d.comparison().title())).append(" | ")
          .append(markdownCell(d.change())).append(" |\n");
    }
    out.append("\nEach change is what would bring the first side to the second. ").append(ADVICE);
    return out.toString();
  }

  /** Text for a table cell: markdown's punctuation escaped, line breaks as {@code <br>}. */
  static String markdownCell(String s) {
    Matcher m = MARKDOWN_SPECIAL.matcher(s);
    String escaped = m.replaceAll(r -> Matcher.quoteReplacement("\\" + r.group()));
    return escaped.replace("\r\n", "\n").replace("\n", "<br>");
  }

  // ---- GitHub workflow commands ----------------------------------------------------------------------

  /**
   * One {@code ::error} annotation per difference, titled by the pair it lies between, then one plain
   * summary line for the log.
   */
  String github() {
    StringBuilder out = new StringBuilder();
    for (Difference d : differences) {
      out.append("::error title=").append(githubProperty("Schema drift (" + d.comparison().title() + ")")).append("::")
          .append(githubData(d.change() + " (what would bring the " + d.from() + " to the " + d.to() + ")"))
          .append('\n');
    }
    if (differences.isEmpty()) {
      out.append("autogen check: no drift; the entities, the migrations and the database (when given) agree.");
    } else {
      List<String> parts = new ArrayList<>();
      for (Comparison c : allComparisons()) {
        parts.add(c.title() + ": " + count(differencesOf(c).size()));
      }
      out.append("autogen check: ").append(count(differences.size())).append(" (").append(String.join("; ", parts))
          .append("). ").append(githubData(ADVICE));
    }
    return out.toString();
  }

  /** A workflow command's message: {@code %}, CR and LF escaped. */
  static String githubData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A workflow command's property value: as data, and {@code :} and {@code ,} escaped too. */
  static String githubProperty(String s) {
    return githubData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
