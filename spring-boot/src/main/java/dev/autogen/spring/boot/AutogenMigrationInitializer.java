package dev.autogen.spring.boot;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationResult;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * Upgrades the database to the target revision when the application context creates this bean. Beans that
 * use the database (JPA's EntityManagerFactory, JdbcTemplate, ...) are made to depend on it through
 * {@link AutogenDatabaseInitializerDetector}, so they see the migrated schema.
 */
public class AutogenMigrationInitializer implements InitializingBean {
  private final Autogen autogen;
  private final String target;
  private MigrationResult result;

  public AutogenMigrationInitializer(Autogen autogen, String target) {
    this.autogen = Objects.requireNonNull(autogen, "autogen");
    this.target = Objects.requireNonNull(target, "target");
  }

  @Override
  public void afterPropertiesSet() {
    result = autogen.upgrade(target);
  }

  /** What the start-up upgrade did; null before it ran. */
  public MigrationResult result() {
    return result;
  }
}
