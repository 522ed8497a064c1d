package dev.autogen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A revision about to be written: its id, its place in the graph, its class and its file. Both
 * {@code revision --empty} and autogenerate write exactly this, so every revision is named alike:
 * class {@code M<yyyyMMdd_HHmm>_<slug>} in file {@code <class>.java} (file names sort by creation time,
 * in UTC so that a team across time zones agrees), id {@code <yyyyMMdd_HHmm>_<4 hex digits>}.
 *
 * @param id the revision id
 * @param parents the revisions it follows (the current heads, or the one given with {@code --head})
 * @param branchLabels branch labels for the revision
 * @param dependsOn revisions it depends on without following them
 * @param message what the revision does
 * @param packageName the package of the class; empty for the unnamed package
 * @param className the simple class name
 * @param file the file to write, absolute
 */
public record NewRevision(
    String id,
    List<String> parents,
    List<String> branchLabels,
    List<String> dependsOn,
    String message,
    String packageName,
    String className,
    Path file) {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd_HHmm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int MAX_SLUG = 40;
  private static final SecureRandom RANDOM = new SecureRandom();

  public NewRevision {
    parents = List.copyOf(parents);
    branchLabels = List.copyOf(branchLabels);
    dependsOn = List.copyOf(dependsOn);
  }

  /**
   * Names a revision created at {@code now} in {@code directory}: an id not in {@code existingIds}, and a
   * class name no file in the directory has yet.
   */
  public static NewRevision create(Instant now, String message, List<String> parents, List<String> branchLabels,
      List<String> dependsOn, Path directory, String packageName, Set<String> existingIds) {
    String stamp = STAMP.format(now);
    String id;
    do {
      byte[] random = new byte[2];
      RANDOM.nextBytes(random);
      id = stamp + "_" + HexFormat.of().formatHex(random);
    } while (existingIds.contains(id));
    String base = "M" + stamp + "_" + slug(message);
    String className = base;
    for (int n = 2; Files.exists(directory.resolve(className + ".java")); n++) {
      className = base + "_" + n;
    }
    return new NewRevision(id, parents, branchLabels, dependsOn, message, packageName, className,
        directory.resolve(className + ".java"));
  }

  /** {@code add_linkedin_url} for "Add LinkedIn URL!": lower-case ASCII words joined by underscores. */
  static String slug(String message) {
    String ascii = Normalizer.normalize(message == null ? "" : message, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        // Letters that have no decomposition into an ASCII letter and a mark.
        .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
        .replace("đ", "d").replace("þ", "th");
    String slug = ascii.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (slug.length() > MAX_SLUG) {
      int cut = slug.lastIndexOf('_', MAX_SLUG);
      slug = slug.substring(0, cut > MAX_SLUG / 2 ? cut : MAX_SLUG).replaceAll("_+$", "");
    }
    return slug.isEmpty() ? "revision" : slug;
  }

  /** The fully qualified class name. */
  public String qualifiedClassName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }
}
