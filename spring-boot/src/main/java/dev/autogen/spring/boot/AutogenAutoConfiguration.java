package dev.autogen.spring.boot;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.MigrationListener;
import dev.autogen.runtime.MigrationStep;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Migrates the application's {@link DataSource} at start-up: upgrades it to {@code autogen.target}
 * (default {@code head}) with the migration classes in {@code autogen.package}, before JPA's
 * EntityManagerFactory and the other beans that use the database are created. Off with
 * {@code autogen.enabled=false}; backs off when the application defines its own {@link Autogen} or
 * {@link AutogenMigrationInitializer}.
 */
@AutoConfiguration(
    after = DataSourceAutoConfiguration.class,
    beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(Autogen.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "autogen.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AutogenProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class AutogenAutoConfiguration {
  private static final Log log = LogFactory.getLog(AutogenAutoConfiguration.class);

  /** The runtime facade over the application's data source: also there for the application to ask {@code current()}. */
  @Bean
  @ConditionalOnMissingBean
  public Autogen autogen(DataSource dataSource, AutogenProperties properties,
      ObjectProvider<AutogenBuilderCustomizer> customizers, org.springframework.core.io.ResourceLoader resourceLoader) {
    String migrations = properties.getPackage();
    if (migrations == null || migrations.isBlank()) {
      throw new AutogenException("autogen.package is not set; set it to the package of the migration classes,"
          + " e.g. autogen.package=com.example.migrations (or autogen.enabled=false to migrate otherwise)");
    }
    ClassLoader classLoader = resourceLoader.getClassLoader() != null
        ? resourceLoader.getClassLoader()
        : AutogenAutoConfiguration.class.getClassLoader();
    Autogen.Builder builder = Autogen.configure()
        .dataSource(dataSource)
        .classpath(classLoader, migrations.strip())
        .schema(properties.getSchema())
        .versionTable(properties.getVersionTable())
        .historyTable(properties.getHistoryTable())
        .listener(new LoggingListener());
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  public AutogenMigrationInitializer autogenMigrationInitializer(Autogen autogen, AutogenProperties properties) {
    return new AutogenMigrationInitializer(autogen, properties.getTarget());
  }

  /** Says in the application's log what the start-up migration did. */
  private static final class LoggingListener implements MigrationListener {
    @Override
    public void waitingForLock() {
      log.info("Waiting for another instance to finish migrating the database");
    }

    @Override
    public void stepFinished(MigrationStep step, Duration duration) {
      log.info("Applied migration " + step.revision() + " " + step.message() + " (" + duration.toMillis() + " ms)");
    }

    @Override
    public void finished(Set<String> heads) {
      log.info("Database at " + (heads.isEmpty() ? "base" : String.join(", ", heads)));
    }
  }
}
