package dev.autogen.generate;

import dev.autogen.cli.Autogenerator.CheckFormat;
import dev.autogen.cli.Reporter;
import java.util.List;

/**
 * What {@code autogen check} found: each difference with the two sides it lies between, printed as text
 * for people or as JSON for tools.
 */
record DriftReport(List<Difference> differences) {

  /**
   * One difference: {@code change} is what would bring side {@code from} to side {@code to} (for example
   * from the migrations to the entities: "add column team_members.linkedin_url").
   */
  record Difference(String from, String to, String change) {}

  void print(Reporter reporter, CheckFormat format) {
    if (format == CheckFormat.JSON) {
      reporter.result(json());
      return;
    }
    if (differences.isEmpty()) {
      reporter.success("No drift: the entities, the migrations" + " and the database (when given) agree.");
      return;
    }
    reporter.error(differences.size() + " difference(s) found:");
    String lastPair = null;
    for (Difference d : differences) {
      String pair = d.from() + " → " + d.to();
      if (!pair.equals(lastPair)) {
        reporter.result("  " + pairTitle(d));
        lastPair = pair;
      }
      reporter.result("    - " + d.change());
    }
    reporter.result("Run `autogen --message \"...\"` to write a migration for the entity changes;"
        + " a database that differs from its migrations was changed by hand.");
  }

  private static String pairTitle(Difference d) {
    return d.from() + " → " + d.to() + " (what would bring the " + d.from() + " to the " + d.to() + "):";
  }

  String json() {
    StringBuilder out = new StringBuilder("{\"status\":\"").append(differences.isEmpty() ? "agree" : "drift")
        .append("\",\"differences\":[");
    for (int i = 0; i < differences.size(); i++) {
      Difference d = differences.get(i);
      out.append(i == 0 ? "" : ",").append("{\"from\":").append(quote(d.from())).append(",\"to\":")
          .append(quote(d.to())).append(",\"change\":").append(quote(d.change())).append('}');
    }
    return out.append("]}").toString();
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
}
