package dev.autogen.runtime;

import java.util.List;
import java.util.Objects;

/**
 * What a migration's {@link Revision} annotation says about it, plus where it came from.
 *
 * @param id the revision id
 * @param parents the revisions it follows: none for a base revision, two or more for a merge
 * @param branchLabels names for the branch this revision starts ({@code LABEL@head})
 * @param dependsOn revisions (or branch labels) that must be applied first without being followed
 * @param message what the revision does
 * @param transactional false when the migration must run outside a transaction
 * @param source the {@code .java} file it was compiled from, or its class name
 */
public record RevisionInfo(
    String id,
    List<String> parents,
    List<String> branchLabels,
    List<String> dependsOn,
    String message,
    boolean transactional,
    String source) {

  public RevisionInfo {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
    message = message == null ? "" : message;
    source = source == null ? id : source;
  }

  /**
   * Reads the {@link Revision} annotation of {@code type}; {@code source} is the file it was compiled from
   * (null: the class name).
   */
  public static RevisionInfo of(Class<?> type, String source) {
    Revision revision = type.getAnnotation(Revision.class);
    String where = source == null ? type.getName() : source;
    if (revision == null) {
      throw new MigrationLoadException(where + ": " + type.getName() + " has no @Revision annotation");
    }
    return new RevisionInfo(
        revision.id(),
        List.of(revision.parents()),
        List.of(revision.branchLabels()),
        List.of(revision.dependsOn()),
        revision.message(),
        revision.transactional(),
        where);
  }

  /** Reads the {@link Revision} annotation of {@code type}, naming the class as its source. */
  public static RevisionInfo of(Class<?> type) {
    return of(type, null);
  }

  /** True for a revision without parents: the first of its branch. */
  public boolean isBase() {
    return parents.isEmpty();
  }

  /** True for a revision that joins two or more heads. */
  public boolean isMerge() {
    return parents.size() > 1;
  }
}
