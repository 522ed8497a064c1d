package dev.autogen.entity;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where the entity classes come from: classes already loaded, or packages to scan on a class path
 * ({@code --entities PKG[,PKG] --classpath PATH}).
 */
public sealed interface EntitySource {
  /** Classes already loaded: entities, embeddables, mapped superclasses and converters. */
  record Classes(List<Class<?>> classes) implements EntitySource {
    public Classes {
      classes = List.copyOf(classes);
    }
  }

  /**
   * The classes annotated {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} or
   * {@code @Converter} in {@code packages} (and their subpackages), found on {@code classPath}
   * (directories and jars), which is also where they and what they reference are loaded from.
   */
  record Scan(List<String> packages, List<Path> classPath) implements EntitySource {
    public Scan {
      packages = List.copyOf(packages);
      classPath = List.copyOf(classPath);
      if (packages.isEmpty()) {
        throw new IllegalArgumentException("name at least one package to scan for entities");
      }
    }
  }

  static EntitySource classes(Class<?>... classes) {
    return new Classes(Arrays.asList(classes));
  }

  static EntitySource classes(List<Class<?>> classes) {
    return new Classes(classes);
  }

  static EntitySource scan(List<String> packages, List<Path> classPath) {
    return new Scan(packages, classPath);
  }

  /**
   * Parses the command line's forms: {@code packages} comma-separated ({@code com.a.model,com.b.model}),
   * {@code classPath} in the platform's path syntax ({@code target/classes:lib/x.jar}).
   */
  static EntitySource scan(String packages, String classPath) {
    Objects.requireNonNull(packages, "packages");
    List<String> names = Arrays.stream(packages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<Path> entries = classPath == null
        ? List.of()
        : Arrays.stream(classPath.split(java.io.File.pathSeparator)).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    return new Scan(names, entries);
  }
}
