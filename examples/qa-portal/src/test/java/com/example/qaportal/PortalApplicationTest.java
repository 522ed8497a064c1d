package com.example.qaportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.qaportal.model.Research;
import com.example.qaportal.model.TeamMember;
import com.example.qaportal.model.User;
import dev.autogen.runtime.MigrationStep;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portal starts on an empty database: it migrates it to head, then JPA validates and uses the schema. */
@PostgresTest
class PortalApplicationTest {
  private static final String HEAD = "20261126_0007_2218";

  @Test
  void startUpMigratesAnEmptyDatabaseToHeadBeforeJpaStarts(TestDatabase db) throws SQLException {
    try (PortalApplication app = PortalApplication.start(db.dataSource())) {
      assertThat(app.migration().headsBefore()).isEmpty();
      assertThat(app.migration().steps()).extracting(MigrationStep::revision).containsExactly(HEAD);
      assertThat(app.migration().headsAfter()).containsExactly(HEAD);

      assertThat(db.snapshot().lines()).contains("table research", "table team_members", "table users");
      assertThat(query(db, "SELECT version_num FROM autogen_version")).containsExactly(HEAD);

      var em = app.entityManagerFactory().createEntityManager();
      em.getTransaction().begin();
      User ada = new User("ada@example.com", "Ada");
      TeamMember member = new TeamMember(ada, "checkout", LocalDate.of(2026, 11, 2));
      em.persist(ada);
      em.persist(member);
      em.persist(new Research("flaky login test", member));
      em.getTransaction().commit();
      em.close();
    }
    assertThat(query(db, "SELECT r.title || ' by ' || u.display_name FROM research r"
        + " JOIN team_members m ON m.id = r.owner_id JOIN users u ON u.id = m.user_id"))
        .containsExactly("flaky login test by Ada");
  }

  @Test
  void aSecondStartFindsTheDatabaseAtHead(TestDatabase db) {
    PortalApplication.start(db.dataSource()).close();
    try (PortalApplication again = PortalApplication.start(db.dataSource())) {
      assertThat(again.migration().nothingToDo()).isTrue();
      assertThat(again.migration().headsBefore()).containsExactly(HEAD);
    }
  }

  private static List<String> query(TestDatabase db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
