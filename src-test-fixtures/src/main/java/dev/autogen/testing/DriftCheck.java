package dev.autogen.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link AutogenAssertions#assertMigrationsMatchEntities(DriftCheck)} compares: the JPA entities in
 * some packages of the test class path with the migration sources in a directory, as {@code autogen check}
 * does.
 *
 * <pre>{@code
 * assertMigrationsMatchEntities(DriftCheck.of("com.example.model", Path.of("src/main/java/com/example/migrations"))
 *     .hibernate("hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"));
 * }</pre>
 *
 * @param entityPackages packages of the entities (and their subpackages), found on the test class path
 * @param migrations the directory of the migration {@code .java} sources, relative to the working directory
 *     (a module's directory under Maven and Gradle) unless absolute
 * @param hibernate Hibernate settings for reading the entities, as the {@code hibernate.*} keys of
 *     {@code autogen.properties} (naming strategies and the like)
 * @param schema the database schema the migrations work in, or null for {@code public}
 */
public record DriftCheck(List<String> entityPackages, Path migrations, Map<String, String> hibernate, String schema) {
  public DriftCheck {
    entityPackages = List.copyOf(entityPackages);
    if (entityPackages.isEmpty()) {
      throw new IllegalArgumentException("name at least one entity package, e.g. com.example.model");
    }
    Objects.requireNonNull(migrations, "migrations");
    hibernate = Map.copyOf(hibernate);
  }

  /** The entities of one package against the migration sources in {@code migrations}. */
  public static DriftCheck of(String entityPackage, Path migrations) {
    return new DriftCheck(List.of(entityPackage), migrations, Map.of(), null);
  }

  /** This check with entities from {@code entityPackages} instead. */
  public DriftCheck entityPackages(String... entityPackages) {
    return new DriftCheck(List.of(entityPackages), migrations, hibernate, schema);
  }

  /** This check with one more Hibernate setting. */
  public DriftCheck hibernate(String key, String value) {
    Map<String, String> more = new LinkedHashMap<>(hibernate);
    more.put(key, value);
    return new DriftCheck(entityPackages, migrations, more, schema);
  }

  /** This check in another database schema than {@code public}. */
  public DriftCheck schema(String schema) {
    return new DriftCheck(entityPackages, migrations, hibernate, schema);
  }
}
