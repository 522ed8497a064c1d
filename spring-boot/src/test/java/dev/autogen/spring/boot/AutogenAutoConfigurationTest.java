package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the auto-configuration migrates, to what, and when it stays out of the way. */
@PostgresTest
class AutogenAutoConfigurationTest {
  private static final String MIGRATIONS = "dev.autogen.spring.boot.migrations";
  private static final String FIRST = "20261126_1000_0a01";
  private static final String HEAD = "20261126_1100_0b02";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class));

  @Test
  void migratesTheDataSourceToHeadAtStartUp(TestDatabase db) {
    runner.withBean(DataSource.class, db::dataSource)
        .withPropertyValues("autogen.package=" + MIGRATIONS)
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(Autogen.class).hasSingleBean(AutogenMigrationInitializer.class);
          assertThat(context.getBean(AutogenMigrationInitializer.class).result().headsAfter()).containsExactly(HEAD);
          assertThat(context.getBean(Autogen.class).current()).containsExactly(HEAD);
          assertThat(db.snapshot().lines()).contains("column notes.text character varying(200)");
        });
  }

  @Test
  void upgradesToTheConfiguredTargetAndInTheConfiguredTables(TestDatabase db) {
    db.execute("CREATE SCHEMA app");
    runner.withBean(DataSource.class, db::dataSource)
        .withPropertyValues("autogen.package=" + MIGRATIONS, "autogen.target=" + FIRST, "autogen.schema=app",
            "autogen.version-table=schema_version", "autogen.history-table=schema_history")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(Autogen.class).current()).containsExactly(FIRST);
          assertThat(db.snapshot("app").lines())
              .contains("table notes", "table schema_version", "table schema_history")
              .doesNotContain("column notes.text character varying(200)");
        });
  }

  @Test
  void aCustomizerAdjustsTheBuilder(TestDatabase db) {
    runner.withBean(DataSource.class, db::dataSource)
        .withPropertyValues("autogen.package=" + MIGRATIONS)
        .withBean(AutogenBuilderCustomizer.class, () -> builder -> builder.versionTable("custom_version"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(db.snapshot().lines()).contains("table custom_version").doesNotContain("table autogen_version");
        });
  }

  @Test
  void disabledItDoesNothing(TestDatabase db) {
    runner.withBean(DataSource.class, db::dataSource)
        .withPropertyValues("autogen.package=" + MIGRATIONS, "autogen.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(Autogen.class).doesNotHaveBean(AutogenMigrationInitializer.class);
          assertThat(db.snapshot().isEmpty()).isTrue();
        });
  }

  @Test
  void withoutADataSourceItBacksOff() {
    runner.withPropertyValues("autogen.package=" + MIGRATIONS)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Autogen.class));
  }

  @Test
  void theApplicationsOwnAutogenWins(TestDatabase db) {
    Autogen own = Autogen.configure().dataSource(db.dataSource()).classpath(getClass().getClassLoader(), MIGRATIONS).build();
    runner.withBean(DataSource.class, db::dataSource)
        .withBean(Autogen.class, () -> own)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(Autogen.class)).isSameAs(own);
          assertThat(own.heads()).extracting(RevisionInfo::id).containsExactly(HEAD);
          assertThat(own.current()).containsExactly(HEAD);
        });
  }

  @Test
  void withoutAPackageStartUpFailsSayingWhatToSet(TestDatabase db) {
    runner.withBean(DataSource.class, db::dataSource)
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessage("autogen.package is not set; set it to the package of the migration classes,"
                + " e.g. autogen.package=com.example.migrations (or autogen.enabled=false to migrate otherwise)"));
  }

  @Test
  void aFailingTargetStopsStartUp(TestDatabase db) {
    runner.withBean(DataSource.class, db::dataSource)
        .withPropertyValues("autogen.package=" + MIGRATIONS, "autogen.target=nosuch")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("nosuch");
          assertThat(db.snapshot().lines()).doesNotContain("table notes");
        });
  }
}
