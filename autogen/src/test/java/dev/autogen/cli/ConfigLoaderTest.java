package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private Settings load(Map<String, String> env, Map<ConfigKey, String> flags) {
    return new ConfigLoader(env).load(dir, null, flags);
  }

  private void file(String text) throws IOException {
    Files.writeString(dir.resolve("autogen.properties"), text);
  }

  private static Map<ConfigKey, String> flags(ConfigKey key, String value) {
    Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
    flags.put(key, value);
    return flags;
  }

  @Test
  void fileThenEnvironmentThenFlagEachWin() throws IOException {
    file("url=jdbc:postgresql://file/db\nuser=file_user\npassword=file_pw\nmigrations=file_migrations\n");

    Settings fromFile = load(Map.of(), Map.of());
    assertThat(fromFile.url()).isEqualTo("jdbc:postgresql://file/db");
    assertThat(fromFile.user()).isEqualTo("file_user");
    assertThat(fromFile.password()).isEqualTo("file_pw");
    assertThat(fromFile.migrations()).isEqualTo(dir.resolve("file_migrations"));

    Map<String, String> env = Map.of("AUTOGEN_URL", "jdbc:postgresql://env/db", "AUTOGEN_PASSWORD", "env_pw",
        "AUTOGEN_MIGRATIONS", "env_migrations");
    Settings fromEnv = load(env, Map.of());
    assertThat(fromEnv.url()).isEqualTo("jdbc:postgresql://env/db");
    assertThat(fromEnv.password()).isEqualTo("env_pw");
    assertThat(fromEnv.user()).isEqualTo("file_user");
    assertThat(fromEnv.migrations()).isEqualTo(dir.resolve("env_migrations"));

    Map<ConfigKey, String> flags = new EnumMap<>(ConfigKey.class);
    flags.put(ConfigKey.URL, "jdbc:postgresql://flag/db");
    flags.put(ConfigKey.MIGRATIONS, "flag_migrations");
    Settings fromFlags = load(env, flags);
    assertThat(fromFlags.url()).isEqualTo("jdbc:postgresql://flag/db");
    assertThat(fromFlags.password()).isEqualTo("env_pw");
    assertThat(fromFlags.migrations()).isEqualTo(dir.resolve("flag_migrations"));
  }

  @Test
  void hibernateKeysPassThroughToHibernate() throws IOException {
    file("entities=com.example.model\nhibernate.physical_naming_strategy=com.example.SnakeCase\n");
    Settings s = load(Map.of(), Map.of());
    assertThat(s.hibernate()).containsExactly(Map.entry("hibernate.physical_naming_strategy", "com.example.SnakeCase"));
    assertThat(s.entities()).containsExactly("com.example.model");
  }

  @Test
  void everyKeyHasAnEnvironmentVariable() {
    Map<String, String> env = Map.of(
        "AUTOGEN_SCHEMA", "app",
        "AUTOGEN_ENTITIES", "com.example.a, com.example.b",
        "AUTOGEN_CLASSPATH", "target/classes:lib/x.jar",
        "AUTOGEN_SHADOW_URL", "jdbc:postgresql://shadow/postgres",
        "AUTOGEN_PACKAGE", "com.example.migrations");
    Settings s = load(env, Map.of());
    assertThat(s.schema()).isEqualTo("app");
    assertThat(s.entities()).containsExactly("com.example.a", "com.example.b");
    assertThat(s.classpath()).containsExactly(dir.resolve("target/classes"), dir.resolve("lib/x.jar"));
    assertThat(s.shadowUrl()).isEqualTo("jdbc:postgresql://shadow/postgres");
    assertThat(s.migrationPackage()).isEqualTo("com.example.migrations");
  }

  @Test
  void environmentReferencesInTheFileAreResolved() throws IOException {
    file("url=jdbc:postgresql://${env:DB_HOST}:5432/${env:DB_NAME}\npassword=${env:DB_PASSWORD}\n"
        + "user=${env:DB_USER:-app}\n");
    Settings s = load(Map.of("DB_HOST", "db.internal", "DB_NAME", "portal", "DB_PASSWORD", "s3cret"), Map.of());
    assertThat(s.url()).isEqualTo("jdbc:postgresql://db.internal:5432/portal");
    assertThat(s.password()).isEqualTo("s3cret");
    assertThat(s.user()).isEqualTo("app");
  }

  @Test
  void anUnsetEnvironmentReferenceIsAnErrorNamingIt() throws IOException {
    file("password=${env:DB_PASSWORD}\n");
    assertThatThrownBy(() -> load(Map.of(), Map.of()))
        .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("password refers to ${env:DB_PASSWORD}, which is not set");
  }

  @Test
  void anUnsetReferenceDoesNotMatterWhenTheKeyIsOverridden() throws IOException {
    file("password=${env:DB_PASSWORD}\n");
    assertThat(load(Map.of("AUTOGEN_PASSWORD", "x"), Map.of()).password()).isEqualTo("x");
  }

  @Test
  void aReferenceOtherThanEnvIsRefused() throws IOException {
    file("url=${DB_URL}\n");
    assertThatThrownBy(() -> load(Map.of("DB_URL", "x"), Map.of()))
        .hasMessageContaining("only environment references are supported, written ${env:NAME}");
  }

  @Test
  void anUnknownKeyIsAnErrorNamingTheNearestValidKey() throws IOException {
    file("url=jdbc:postgresql://x/db\nmigration=db/migrations\n");
    assertThatThrownBy(() -> load(Map.of(), Map.of()))
        .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessage("autogen.properties: unknown key 'migration'; did you mean 'migrations'?");

    file("shadow_url=x\n");
    assertThatThrownBy(() -> load(Map.of(), Map.of())).hasMessageContaining("did you mean 'shadow-url'?");
    file("pasword=x\n");
    assertThatThrownBy(() -> load(Map.of(), Map.of())).hasMessageContaining("did you mean 'password'?");
  }

  @Test
  void migrationsAndPackageDefaultToEachOther() {
    Settings none = load(Map.of(), Map.of());
    assertThat(none.migrations()).isEqualTo(dir.resolve("migrations"));
    assertThat(none.migrationPackage()).isEmpty();

    Settings byPackage = load(Map.of(), flags(ConfigKey.PACKAGE, "com.example.db"));
    assertThat(byPackage.migrations()).isEqualTo(dir.resolve("src/main/java/com/example/db"));
    assertThat(byPackage.migrationPackage()).isEqualTo("com.example.db");

    Settings byDirectory = load(Map.of(), flags(ConfigKey.MIGRATIONS, "src/main/java/com/example/migrations"));
    assertThat(byDirectory.migrationPackage()).isEqualTo("com.example.migrations");
  }

  @Test
  void aPackageThatIsNotJavaIsRefused() {
    assertThatThrownBy(() -> load(Map.of(), flags(ConfigKey.PACKAGE, "com.example.2x")))
        .hasMessage("package 'com.example.2x' is not a Java package name");
  }

  @Test
  void anExplicitConfigFileMustExist() {
    assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(dir, "other.properties", Map.of()))
        .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageContaining("other.properties does not exist (--config)");
  }

  @Test
  void anExplicitConfigFileIsReadRelativeToTheWorkingDirectory() throws IOException {
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(dir.resolve("conf/prod.properties"), "schema=prod\n");
    Settings s = new ConfigLoader(Map.of()).load(dir, "conf/prod.properties", Map.of());
    assertThat(s.schema()).isEqualTo("prod");
    assertThat(s.configFile()).isEqualTo(dir.resolve("conf/prod.properties"));
  }

  @Test
  void settingsNeverShowThePassword() throws IOException {
    file("password=hunter2-very-secret\n");
    assertThat(load(Map.of(), Map.of()).toString()).doesNotContain("hunter2-very-secret").contains("****");
  }

  @Test
  void keysAreDocumentedWithTheirVariables() {
    assertThat(ConfigKey.SHADOW_URL.environmentVariable()).isEqualTo("AUTOGEN_SHADOW_URL");
    assertThat(ConfigKey.SHADOW_URL.flag()).isEqualTo("--shadow-url");
    assertThat(List.of(ConfigKey.values())).allSatisfy(k -> assertThat(k.description()).isNotBlank());
  }
}
