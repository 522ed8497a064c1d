package com.example.qaportal;

import static dev.autogen.testing.AutogenAssertions.assertMigrationsMatchEntities;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The drift gate in the portal's own tests: an entity changed without a migration fails the build here. */
class MigrationsMatchEntitiesTest {

  @Test
  void migrationsMatchEntities() {
    assertMigrationsMatchEntities("com.example.qaportal.model", Path.of("src/main/java/com/example/qaportal/migrations"));
  }
}
