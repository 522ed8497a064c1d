package dev.autogen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The drift assertion where the comparison is missing: this module cannot see the autogen artifact, exactly
 * like a user's test class path that lacks it. (With it, see the autogen module's
 * AssertMigrationsMatchEntitiesTest.)
 */
class AutogenAssertionsTest {

  @Test
  void withoutTheAutogenArtifactTheFailureSaysWhatToAdd() {
    assertThatThrownBy(() -> AutogenAssertions.assertMigrationsMatchEntities("com.example.model", Path.of("src/main/java")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the autogen drift check is not on the test class path;"
            + " add dev.autogen:autogen (test scope) beside dev.autogen:autogen-test-fixtures");
  }

  @Test
  void aCheckNamesAtLeastOnePackageAndKeepsItsSettings() {
    assertThatThrownBy(() -> new DriftCheck(List.of(), Path.of("m"), Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name at least one entity package, e.g. com.example.model");
    DriftCheck check = DriftCheck.of("com.example.model", Path.of("m"))
        .entityPackages("com.example.a", "com.example.b")
        .hibernate("hibernate.physical_naming_strategy", "com.example.Names")
        .schema("app");
    assertThat(check).isEqualTo(new DriftCheck(List.of("com.example.a", "com.example.b"), Path.of("m"),
        Map.of("hibernate.physical_naming_strategy", "com.example.Names"), "app"));
  }
}
