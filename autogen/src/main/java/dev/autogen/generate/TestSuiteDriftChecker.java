package dev.autogen.generate;

import dev.autogen.cli.Autogenerator;
import dev.autogen.cli.Reporter;
import dev.autogen.cli.Settings;
import dev.autogen.testing.DriftCheck;
import dev.autogen.testing.spi.DriftChecker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code AutogenAssertions.assertMigrationsMatchEntities} in a project's test suite: runs
 * {@link DefaultAutogenerator#check}, the code of {@code autogen check}, with settings made from the test's
 * {@link DriftCheck} and the entities' location on the test class path, and keeps what it prints.
 */
public final class TestSuiteDriftChecker implements DriftChecker {

  @Override
  public Result check(DriftCheck check, ClassLoader classLoader, Server server) {
    Path workingDirectory = Path.of("").toAbsolutePath();
    Settings settings = new Settings(
        workingDirectory,
        null,
        null, // no live database: the entities against the migrations only
        server.user(), // with no URL these are the shadow server's credentials
        server.password(),
        check.migrations().toAbsolutePath().normalize(),
        "",
        check.schema(),
        check.entityPackages(),
        classPathOf(check.entityPackages(), classLoader),
        server.url(),
        check.hibernate());
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Autogenerator.CheckResult result;
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      Reporter reporter = new Reporter(out, out, false);
      reporter.secret(server.password());
      try {
        result = new DefaultAutogenerator().check(new Autogenerator.CheckRequest(settings, reporter, Autogenerator.CheckFormat.TEXT));
      } catch (RuntimeException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        throw new IllegalStateException("cannot compare the entities with the migrations: " + reporter.redact(message), e);
      }
    }
    if (result == Autogenerator.CheckResult.AGREE) {
      return new Result(true, "");
    }
    String report = buffer.toString(StandardCharsets.UTF_8).strip();
    return new Result(false, report.startsWith("error: ") ? report.substring("error: ".length()) : report);
  }

  /**
   * The class path roots (directories or jars) that hold {@code packages}: where the entities are scanned
   * and loaded from. Under Maven that is {@code target/classes}, and {@code target/test-classes} for
   * entities kept with the tests.
   */
  static List<Path> classPathOf(List<String> packages, ClassLoader loader) {
    Set<Path> roots = new LinkedHashSet<>();
    for (String name : packages) {
      String path = name.replace('.', '/');
      List<Path> found = new ArrayList<>();
      try {
        Enumeration<URL> urls = loader.getResources(path);
        while (urls.hasMoreElements()) {
          Path root = rootOf(urls.nextElement(), path);
          if (root != null) {
            found.add(root);
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot look for package " + name + " on the test class path: " + e.getMessage(), e);
      }
      if (found.isEmpty()) {
        throw new IllegalStateException("the entity package " + name + " is not on the test class path;"
            + " check its name (and that the entities are compiled)");
      }
      roots.addAll(found);
    }
    return List.copyOf(roots);
  }

  private static Path rootOf(URL url, String packagePath) {
    try {
      if (url.getProtocol().equals("file")) {
        Path dir = Path.of(url.toURI());
        for (int i = packagePath.split("/").length; i > 0 && dir != null; i--) {
          dir = dir.getParent();
        }
        return dir;
      }
      if (url.getProtocol().equals("jar")) {
        String spec = url.getPath(); // file:/.../x.jar!/com/example/model
        int bang = spec.indexOf("!/");
        return bang < 0 ? null : Path.of(java.net.URI.create(spec.substring(0, bang)));
      }
    } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
    return null;
  }
}
