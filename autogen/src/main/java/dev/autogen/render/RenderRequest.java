package dev.autogen.render;

import dev.autogen.model.Provenance;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.op.Op;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything one generated migration is made of: where it goes ({@code packageName}, empty for the default
 * package), its revision ({@code revisionId}, {@code parents}, {@code branchLabels}, {@code message},
 * {@code createdAt}, which also names the file), the upgrade ops in the order they run, where the target's
 * tables and columns come from, warnings for the reviewer, the dialect whose SQL the file previews (null:
 * no SQL preview), the lint findings (one line each, listed under "Lint:"), and whether the migration may run
 * in a transaction ({@code transactional}: false forces {@code transactional = false}, as safe forms that
 * commit step by step need; true leaves it to the ops). The downgrade is derived: the upgrade ops reversed.
 */
public record RenderRequest(
    String packageName,
    String revisionId,
    List<String> parents,
    List<String> branchLabels,
    String message,
    LocalDateTime createdAt,
    List<Op> upgradeOps,
    Provenance provenance,
    List<String> warnings,
    Dialect dialect,
    List<String> lint,
    boolean transactional) {

  /** A request without lint findings, transactional unless an op says otherwise. */
  public RenderRequest(String packageName, String revisionId, List<String> parents, List<String> branchLabels,
      String message, LocalDateTime createdAt, List<Op> upgradeOps, Provenance provenance, List<String> warnings,
      Dialect dialect) {
    this(packageName, revisionId, parents, branchLabels, message, createdAt, upgradeOps, provenance, warnings, dialect,
        List.of(), true);
  }

  public RenderRequest {
    packageName = packageName == null ? "" : packageName;
    Objects.requireNonNull(revisionId, "revisionId");
    if (revisionId.isBlank()) {
      throw new IllegalArgumentException("a migration needs a revision id");
    }
    parents = parents == null ? List.of() : List.copyOf(parents);
    branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
    message = message == null ? "" : message;
    Objects.requireNonNull(createdAt, "createdAt");
    upgradeOps = List.copyOf(Objects.requireNonNull(upgradeOps, "upgradeOps"));
    provenance = provenance == null ? Provenance.none() : provenance;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    lint = lint == null ? List.of() : List.copyOf(lint);
  }
}
