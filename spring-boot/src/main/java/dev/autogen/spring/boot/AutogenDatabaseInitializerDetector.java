package dev.autogen.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link AutogenMigrationInitializer} initializes the database, so that every bean
 * that depends on database initialization (the EntityManagerFactory among them) is created after it, as
 * with Flyway and Liquibase. Registered in {@code META-INF/spring.factories}.
 */
public class AutogenDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(AutogenMigrationInitializer.class);
  }
}
