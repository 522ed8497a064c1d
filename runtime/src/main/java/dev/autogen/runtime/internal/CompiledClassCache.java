package dev.autogen.runtime.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Classes compiled from migration sources, kept on disk between processes, so a later process that finds
 * the same inputs loads the classes instead of compiling again: a compilation of a thousand-table initial
 * migration takes seconds; loading its classes, milliseconds.
 *
 * <p>An entry is a directory named by a digest of the sources, the Java version, the compiler options and
 * the fixed part of the class path (autogen's own jars: each file's name, size and modification time). The
 * application's classes on the extra class path change with every edit of an entity, so they count only
 * where the compiler looked: the entry records the packages it looked for there, and is used only while
 * the class files directly in those packages have the names, sizes and modification times they had. A
 * migration that uses no entity class is not compiled again when an entity changes.
 *
 * <p>Entries are written to a temporary directory and renamed into place, so a reader never sees half an
 * entry; the least recently used beyond {@link #KEEP} are deleted. Anything unreadable or out of date is a
 * miss: the sources are compiled as if there were no cache, and the entry is replaced.
 */
final class CompiledClassCache {
  /** How many compilations are kept: a few projects, each with a few states of its migrations. */
  static final int KEEP = 16;
  private static final String INDEX = "classes.index";
  private static final String DEPENDENCIES = "classpath.dependencies";
  private static final String PARTIAL = ".partial-";
  private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

  private final Path root;

  CompiledClassCache(Path root) {
    this.root = root;
  }

  /** The entry name for a compilation of {@code sourcesKey} against {@code classPath} with {@code options}. */
  static String key(String sourcesKey, List<String> classPath, List<String> options) {
    StringBuilder text = new StringBuilder()
        .append(sourcesKey).append('\n')
        .append(Runtime.version()).append('\n')
        .append(String.join(" ", options)).append('\n');
    for (String entry : classPath) {
      text.append(entry).append('\n');
      appendFiles(text, Path.of(entry));
    }
    return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Adds the name, size and modification time of {@code entry} (a jar) or of every file under it (a directory). */
  static void appendFiles(StringBuilder text, Path entry) {
    appendFiles(text, entry, Integer.MAX_VALUE);
  }

  private static void appendFiles(StringBuilder text, Path entry, int depth) {
    try (Stream<Path> files = Files.walk(entry, depth)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        text.append(' ').append(entry.relativize(file)).append(' ').append(Files.size(file)).append(' ')
            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
      }
    } catch (IOException | UncheckedIOException e) {
      // An entry that cannot be read: the compiler reports it, if it matters.
      text.append(" unreadable\n");
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /**
   * The classes of entry {@code key} by binary name, with the source file of each (resolved against
   * {@code directory}); null when there is no such entry or it cannot be read.
   */
  MigrationLoader.Compiled read(String key, Path directory, List<Path> extraClassPath) {
    Path entry = root.resolve(key);
    Path index = entry.resolve(INDEX);
    if (!Files.isRegularFile(index)) {
      return null;
    }
    try {
      List<String> dependencies = Files.readAllLines(entry.resolve(DEPENDENCIES), StandardCharsets.UTF_8);
      if (dependencies.isEmpty()) {
        return null;
      }
      Set<String> packages = new TreeSet<>(dependencies.subList(1, dependencies.size()));
      if (!dependencies.get(0).equals(dependencyDigest(extraClassPath, packages))) {
        return null;
      }
      Map<String, byte[]> classes = new TreeMap<>();
      Map<String, Path> sources = new TreeMap<>();
      for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
        if (line.isEmpty()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 2) {
          return null;
        }
        classes.put(fields[0], Files.readAllBytes(entry.resolve(fields[0] + ".class")));
        if (!fields[1].isEmpty()) {
          sources.put(fields[0], directory.resolve(fields[1]));
        }
      }
      // Marks the entry as recently used, for pruning.
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
      return new MigrationLoader.Compiled(classes, sources, packages);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return null;
    }
  }

  /**
   * Keeps {@code compiled} as entry {@code key}, replacing one that is out of date; best effort: a cache that
   * cannot be written is no cache.
   */
  void write(String key, MigrationLoader.Compiled compiled, Path directory, List<Path> extraClassPath) {
    Path partial = null;
    try {
      createPrivateDirectories(root);
      partial = Files.createTempDirectory(root, key + PARTIAL);
      StringBuilder index = new StringBuilder();
      Path base = directory.toAbsolutePath().normalize();
      for (Map.Entry<String, byte[]> c : compiled.classes().entrySet()) {
        Files.write(partial.resolve(c.getKey() + ".class"), c.getValue());
        Path source = compiled.sources().get(c.getKey());
        String relative = source == null ? "" : base.relativize(source.toAbsolutePath().normalize()).toString();
        index.append(c.getKey()).append('\t').append(relative).append('\n');
      }
      StringBuilder dependencies = new StringBuilder()
          .append(dependencyDigest(extraClassPath, compiled.classPathPackages())).append('\n');
      compiled.classPathPackages().forEach(p -> dependencies.append(p).append('\n'));
      Files.writeString(partial.resolve(DEPENDENCIES), dependencies, StandardCharsets.UTF_8);
      // The index last: an entry without one is never read.
      Files.writeString(partial.resolve(INDEX), index, StandardCharsets.UTF_8);
      Path target = root.resolve(key);
      if (Files.exists(target)) {
        // Out of date: moved aside at once (a reader meanwhile misses and compiles), then deleted.
        Path old = root.resolve(key + PARTIAL + "old-" + Long.toHexString(System.nanoTime()));
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        deleteQuietly(old);
      }
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        partial = null;
      } catch (FileAlreadyExistsException e) {
        // Another process kept the same compilation first.
      } catch (IOException e) {
        if (!Files.isDirectory(target)) {
          throw e;
        }
      }
      prune();
    } catch (IOException | UncheckedIOException | SecurityException | UnsupportedOperationException e) {
      // The migrations are loaded all the same; the next process compiles them again.
    } finally {
      if (partial != null) {
        deleteQuietly(partial);
      }
    }
  }

  /**
   * A digest of what the compiled classes may depend on in the extra class path: for each entry, and each
   * package the compiler looked for ({@code a.b}, or {@code a.b.**} with its subpackages), the name, size and
   * modification time of the class files in it (of the whole file, for a jar).
   */
  static String dependencyDigest(List<Path> extraClassPath, Set<String> packages) {
    StringBuilder text = new StringBuilder();
    for (Path entry : extraClassPath) {
      text.append(entry.toAbsolutePath().normalize()).append('\n');
      if (Files.isDirectory(entry)) {
        for (String p : packages) {
          boolean recursive = p.endsWith(".**");
          String name = recursive ? p.substring(0, p.length() - 3) : p;
          Path dir = name.isEmpty() ? entry : entry.resolve(name.replace('.', '/'));
          text.append(p).append('\n');
          if (Files.isDirectory(dir)) {
            appendFiles(text, dir, recursive ? Integer.MAX_VALUE : 1);
          }
        }
      } else {
        appendFiles(text, entry, 1);
      }
    }
    return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Deletes the least recently used entries beyond {@link #KEEP}, and partial ones left by killed processes. */
  private void prune() throws IOException {
    List<Path> entries = new ArrayList<>();
    Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
      for (Path dir : dirs) {
        if (dir.getFileName().toString().contains(PARTIAL)) {
          if (Files.getLastModifiedTime(dir).toInstant().isBefore(abandoned)) {
            deleteQuietly(dir);
          }
        } else if (Files.isDirectory(dir)) {
          entries.add(dir);
        }
      }
    }
    if (entries.size() <= KEEP) {
      return;
    }
    entries.sort(Comparator.comparing(CompiledClassCache::lastModified).reversed());
    for (Path old : entries.subList(KEEP, entries.size())) {
      deleteQuietly(old);
    }
  }

  private static FileTime lastModified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /** Creates the directory readable by its owner only where the file system has POSIX permissions. */
  private static void createPrivateDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Path parent = dir.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      Files.createDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      // Made meanwhile by another process.
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException ignored) {
      // Best effort.
    }
  }
}
