package com.example.qaportal;

import com.example.qaportal.model.Research;
import com.example.qaportal.model.TeamMember;
import com.example.qaportal.model.User;
import dev.autogen.runtime.MigrationResult;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The portal's start-up: migrate the database first, then start JPA, which only validates the schema
 * (Hibernate never changes it: the migrations do).
 *
 * <pre>
 * QA_PORTAL_DB_URL=jdbc:postgresql://localhost:5432/qa_portal QA_PORTAL_DB_USER=qa_portal \
 *   QA_PORTAL_DB_PASSWORD=... java -cp ... com.example.qaportal.PortalApplication
 * </pre>
 */
public final class PortalApplication implements AutoCloseable {
  private final MigrationResult migration;
  private final EntityManagerFactory entityManagerFactory;

  private PortalApplication(MigrationResult migration, EntityManagerFactory entityManagerFactory) {
    this.migration = migration;
    this.entityManagerFactory = entityManagerFactory;
  }

  /** Migrates the database behind {@code dataSource} to head, then opens the persistence unit on it. */
  public static PortalApplication start(DataSource dataSource) {
    MigrationResult migration = Database.migrate(dataSource);
    EntityManagerFactory entityManagerFactory = new HibernatePersistenceConfiguration("qa-portal")
        .managedClasses(User.class, TeamMember.class, Research.class)
        .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
        .schemaToolingAction(Action.VALIDATE)
        .createEntityManagerFactory();
    return new PortalApplication(migration, entityManagerFactory);
  }

  /** What the start-up migration did. */
  public MigrationResult migration() {
    return migration;
  }

  public EntityManagerFactory entityManagerFactory() {
    return entityManagerFactory;
  }

  @Override
  public void close() {
    entityManagerFactory.close();
  }

  public static void main(String[] args) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(required("QA_PORTAL_DB_URL"));
    dataSource.setUser(System.getenv("QA_PORTAL_DB_USER"));
    dataSource.setPassword(System.getenv("QA_PORTAL_DB_PASSWORD"));
    try (PortalApplication app = start(dataSource)) {
      MigrationResult m = app.migration();
      System.out.println(m.nothingToDo()
          ? "The database is up to date, at " + String.join(", ", m.headsAfter()) + "."
          : "Applied " + m.steps().size() + " migration(s); the database is now at " + String.join(", ", m.headsAfter()) + ".");
    }
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      System.err.println("error: set " + name + " to the portal database's JDBC URL, e.g. jdbc:postgresql://localhost:5432/qa_portal");
      System.exit(2);
    }
    return value;
  }
}
