package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/** What the jar tells Spring Boot and IDEs: the auto-configuration to import, and the documented properties. */
class ConfigurationMetadataTest {

  @Test
  void theAutoConfigurationIsRegistered() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
        .contains(AutogenAutoConfiguration.class.getName());
  }

  @Test
  void everyPropertyIsDescribed() throws IOException {
    String metadata;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("generated metadata").isNotNull();
      metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String property : new String[] {"enabled", "package", "target", "schema", "version-table", "history-table"}) {
      assertThat(metadata).as(property).containsPattern(
          "\"name\": \"autogen\\." + property + "\",\\s*\"type\": \"java\\.lang\\.\\w+\",\\s*\"description\": \"[A-Z]");
    }
    assertThat(metadata).contains("\"defaultValue\": \"head\"");
  }
}
