package dev.autogen.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A rendered migration: its class ({@code M20261124_0930_add_linkedin_url} in {@code packageName}), the file
 * it belongs in ({@code M20261124_0930_add_linkedin_url.java}), its Java source, and the one-line change
 * descriptions and warnings its Javadoc lists (for the summary printed after generation).
 */
public record RenderedMigration(
    String packageName, String className, String fileName, String source, List<String> changes, List<String> warnings) {

  public RenderedMigration {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(source, "source");
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
  }

  /** The fully qualified class name. */
  public String qualifiedName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  /** The file's path below a source root: package directories, then {@link #fileName()}. */
  public Path relativePath() {
    Path path = Path.of("");
    if (!packageName.isEmpty()) {
      for (String part : packageName.split("\\.")) {
        path = path.resolve(part);
      }
    }
    return path.resolve(fileName);
  }
}
