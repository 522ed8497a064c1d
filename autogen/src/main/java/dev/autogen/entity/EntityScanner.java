package dev.autogen.entity;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.PackageInfo;
import io.github.classgraph.ScanResult;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Finds the mapped classes of some packages on a class path, without loading them. */
final class EntityScanner {
  static final List<String> MAPPING_ANNOTATIONS = List.of(
      "jakarta.persistence.Entity",
      "jakarta.persistence.Embeddable",
      "jakarta.persistence.MappedSuperclass",
      "jakarta.persistence.Converter");

  /** Class names and annotated packages (package-info: generators, filters), each sorted. */
  record Found(List<String> classNames, List<String> packageNames) {}

  private EntityScanner() {}

  static Found scan(EntitySource.Scan source) {
    List<String> entries = new ArrayList<>();
    for (Path entry : source.classPath()) {
      if (!Files.exists(entry)) {
        throw new EntityModelException("class path entry not found: " + entry + "; check --classpath");
      }
      entries.add(entry.toAbsolutePath().toString());
    }
    if (entries.isEmpty()) {
      throw new EntityModelException(
          "no class path to scan for entities in " + String.join(", ", source.packages()) + "; pass --classpath with the compiled classes");
    }
    TreeSet<String> classes = new TreeSet<>();
    TreeSet<String> packages = new TreeSet<>();
    try (ScanResult result = new ClassGraph()
        .overrideClasspath(String.join(File.pathSeparator, entries))
        .acceptPackages(source.packages().toArray(String[]::new))
        .enableClassInfo()
        .enableAnnotationInfo()
        .ignoreClassVisibility()
        .scan()) {
      for (String annotation : MAPPING_ANNOTATIONS) {
        for (ClassInfo info : result.getClassesWithAnnotation(annotation)) {
          if (!info.isAnnotation()) {
            classes.add(info.getName());
          }
        }
      }
      for (PackageInfo info : result.getPackageInfo()) {
        if (!info.getAnnotationInfo().isEmpty()) {
          packages.add(info.getName());
        }
      }
    }
    if (classes.isEmpty()) {
      throw new EntityModelException(
          "no entity classes found in package" + (source.packages().size() == 1 ? " " : "s ")
              + String.join(", ", source.packages()) + " on class path "
              + source.classPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))
              + "; check --entities and --classpath (compile the entities first)");
    }
    return new Found(List.copyOf(classes), List.copyOf(packages));
  }
}
