package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.qaportal.model.User;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The QA portal as a Spring Boot application on an empty database: its DataSource from
 * {@code spring.datasource.*}, Hibernate validating the schema ({@code ddl-auto=validate}), and this
 * starter migrating before Hibernate starts.
 */
@PostgresTest
class PortalContextTest {
  private static final String HEAD = "20261126_0007_2218";

  /** The application: everything auto-configured, the portal's entities. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @EntityScan(basePackageClasses = User.class)
  static class Portal {}

  @Test
  void theSchemaIsMigratedBeforeHibernateValidatesIt(TestDatabase db) throws SQLException {
    try (ConfigurableApplicationContext context = start(db, "autogen.package=com.example.qaportal.migrations")) {
      assertThat(context.getBeanFactory().getBeanDefinition("entityManagerFactory").getDependsOn())
          .contains("autogenMigrationInitializer");
      assertThat(rows(db, "SELECT version_num FROM autogen_version")).containsExactly(HEAD);
      assertThat(rows(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
          .containsExactly("autogen_history", "autogen_version", "research", "team_members", "users");

      EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
      em.getTransaction().begin();
      em.persist(new User("grace@example.com", "Grace"));
      em.getTransaction().commit();
      em.close();
      assertThat(rows(db, "SELECT display_name FROM users")).containsExactly("Grace");
    }
  }

  @Test
  void withoutTheMigrationHibernateFindsNoTables(TestDatabase db) {
    // The control: the same application with the starter switched off does not start.
    assertThatThrownBy(() -> start(db, "autogen.enabled=false").close())
        .hasStackTraceContaining("Schema validation: missing table");
  }

  private static ConfigurableApplicationContext start(TestDatabase db, String... more) {
    List<String> properties = new ArrayList<>(List.of(
        "spring.datasource.url=" + db.url(),
        "spring.datasource.username=" + db.user(),
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.main.banner-mode=off"));
    if (db.password() != null) {
      properties.add("spring.datasource.password=" + db.password());
    }
    properties.addAll(List.of(more));
    return new SpringApplicationBuilder(Portal.class)
        .web(WebApplicationType.NONE)
        .properties(properties.toArray(String[]::new))
        .run();
  }

  private static List<String> rows(TestDatabase db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
