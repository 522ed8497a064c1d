package dev.autogen.cli;

import dev.autogen.runtime.RevisionInfo;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * How revisions are printed: one line in Alembic's shape ({@code parent -> id (head), message}), or a
 * block of details for {@code -v} and {@code show}.
 */
final class RevisionFormat {
  private final Reporter reporter;
  private final Settings settings;
  private final Set<String> heads;
  private final Set<String> current;
  private final Set<String> branchPoints;

  /**
   * @param heads ids of the graph's heads
   * @param current ids the database is at (empty when unknown)
   * @param branchPoints ids that two or more revisions follow
   */
  RevisionFormat(Reporter reporter, Settings settings, Set<String> heads, Set<String> current,
      Set<String> branchPoints) {
    this.reporter = reporter;
    this.settings = settings;
    this.heads = heads;
    this.current = current;
    this.branchPoints = branchPoints;
  }

  /** {@code <base> -> 20261120_1412_a9e2 (head), create users} */
  String line(RevisionInfo r) {
    String parents = r.parents().isEmpty() ? "<base>"
        : r.parents().size() == 1 ? reporter.rev(r.parents().get(0))
        : "(" + String.join(", ", r.parents().stream().map(reporter::rev).toList()) + ")";
    return parents + " -> " + reporter.rev(r.id()) + markers(r) + ", " + r.message();
  }

  /** {@code 20261120_1412_a9e2 (head)}: the id and its markers. */
  String idLine(String id, RevisionInfo r) {
    return reporter.rev(id) + (r == null ? reporter.label(" (not in the migrations)") : markers(r));
  }

  /** Every detail of a revision, one per line. */
  List<String> details(RevisionInfo r) {
    List<String> lines = new ArrayList<>();
    lines.add("Revision:      " + reporter.rev(r.id()) + markers(r));
    lines.add("Parents:       " + (r.parents().isEmpty() ? "<base>" : join(r.parents())));
    if (!r.branchLabels().isEmpty()) {
      lines.add("Branch labels: " + String.join(", ", r.branchLabels()));
    }
    if (!r.dependsOn().isEmpty()) {
      lines.add("Depends on:    " + join(r.dependsOn()));
    }
    if (!r.transactional()) {
      lines.add("Transaction:   none (runs outside a transaction)");
    }
    lines.add("Source:        " + source(r.source()));
    lines.add("Message:       " + r.message());
    return lines;
  }

  private String markers(RevisionInfo r) {
    StringBuilder sb = new StringBuilder();
    if (!r.branchLabels().isEmpty()) {
      sb.append(" (").append(String.join(", ", r.branchLabels())).append(")");
    }
    if (heads.contains(r.id())) {
      sb.append(" (head)");
    }
    if (r.isBase()) {
      sb.append(" (base)");
    }
    if (r.isMerge()) {
      sb.append(" (mergepoint)");
    }
    if (branchPoints.contains(r.id())) {
      sb.append(" (branchpoint)");
    }
    if (current.contains(r.id())) {
      sb.append(" (current)");
    }
    return sb.length() == 0 ? "" : reporter.label(sb.toString());
  }

  private String join(Collection<String> ids) {
    return String.join(", ", ids.stream().map(reporter::rev).toList());
  }

  private String source(String source) {
    try {
      Path path = Path.of(source);
      return path.isAbsolute() ? settings.display(path) : source;
    } catch (InvalidPathException e) {
      return source;
    }
  }
}
