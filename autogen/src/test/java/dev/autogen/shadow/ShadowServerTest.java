package dev.autogen.shadow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShadowServerTest {
  /** The machine's PostgreSQL, as the root build names it; tests against it are skipped when it does not answer. */
  private static final String MACHINE_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  @Test
  void embeddedServerGivesFreshDatabasesThatAreDroppedOnClose() throws SQLException {
    ShadowServer server = ShadowServer.embedded();
    assertThat(ShadowServer.embedded()).isSameAs(server);
    long begin = System.nanoTime();
    String name;
    try (ShadowDatabase a = server.createDatabase(); ShadowDatabase b = server.createDatabase()) {
      System.out.printf("embedded PostgreSQL: started in %d ms (first database after %d ms)%n",
          server.startupTime().toMillis(), (System.nanoTime() - begin) / 1_000_000);
      assertThat(a.name()).isNotEqualTo(b.name()).startsWith("autogen_");
      assertThat(server.majorVersion()).isEqualTo(17);
      name = a.name();
      try (Connection c = a.connection(); Statement s = c.createStatement()) {
        assertThat(tables(s)).isEmpty();
        s.execute("CREATE TABLE t (id int PRIMARY KEY)");
        assertThat(tables(s)).containsExactly("t");
      }
      try (Connection c = b.connection(); Statement s = c.createStatement()) {
        assertThat(tables(s)).isEmpty();
      }
      // A connection left open does not stop the drop.
      Connection leftOpen = a.connection();
      a.close();
      assertThat(leftOpen.isValid(2)).isFalse();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(urlOf(server, name), "postgres", null).close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void createDatabaseIsCheap() {
    ShadowServer server = ShadowServer.embedded().startInBackground();
    server.createDatabase().close(); // warm up
    long begin = System.nanoTime();
    int count = 10;
    for (int i = 0; i < count; i++) {
      server.createDatabase().close();
    }
    long perDatabase = (System.nanoTime() - begin) / count / 1_000_000;
    System.out.printf("embedded PostgreSQL: create + drop database %d ms%n", perDatabase);
    assertThat(perDatabase).isLessThan(2_000);
  }

  @Test
  void aClusterCacheTheBinariesCannotStartIsReplaced(@TempDir Path dir) throws IOException, SQLException {
    Path cache = dir.resolve("cluster");
    Files.createDirectories(cache);
    Files.writeString(cache.resolve("PG_VERSION"), "9\n");
    Files.writeString(cache.resolve("postgresql.conf"), "");
    Files.createDirectories(cache.resolve("global"));
    Files.writeString(cache.resolve("global/pg_control"), "damaged");
    ShadowServer server = ShadowServer.embedded(cache, null, Duration.ofSeconds(3));
    try (ShadowDatabase db = server.createDatabase(); Connection c = db.connection()) {
      assertThat(c.isValid(2)).isTrue();
    }
    assertThat(Files.readString(cache.resolve("PG_VERSION")).strip()).isEqualTo("17");
    assertThat(cache.resolve("epg-lock")).doesNotExist();
    // The next server starts on a copy of the saved cluster.
    ShadowServer next = ShadowServer.embedded(cache, null, Duration.ofSeconds(3));
    try (ShadowDatabase db = next.createDatabase(); Connection c = db.connection()) {
      assertThat(c.isValid(2)).isTrue();
    }
    System.out.printf("embedded PostgreSQL: started in %d ms with initdb, %d ms from the cached cluster%n",
        server.startupTime().toMillis(), next.startupTime().toMillis());
  }

  @Test
  void aProcessThatExitsWhileTheServerStartsLeavesNothingBehind(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cluster");
    Path data = Files.createDirectories(dir.resolve("data"));
    // Before the cache exists (initdb under way), and with it (a copy or the start under way, or up).
    for (long exitAfterMillis : new long[] {300, 150, 600, 2_000}) {
      Process child = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
              ExitWhileStarting.class.getName(), cache.toString(), data.toString(), Long.toString(exitAfterMillis))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      assertThat(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      try (var left = Files.list(data)) {
        assertThat(left.toList()).as("left after an exit at %d ms", exitAfterMillis).isEmpty();
      }
    }
  }

  @Test
  void aStoppedPostmasterNotYetReapedHasExited() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/self/stat")), "needs /proc");
    // The shell's background child exits at once and stays a zombie: its parent, now sleep, never reaps it.
    Process parent = new ProcessBuilder("sh", "-c", "sleep 0 & exec sleep 30").start();
    try {
      ProcessHandle zombie = null;
      for (int i = 0; i < 500 && zombie == null; i++) {
        zombie = parent.toHandle().children().findFirst().orElse(null);
        Thread.sleep(10);
      }
      assertThat(zombie).as("the background child").isNotNull();
      long start = System.nanoTime();
      assertThat(ShadowServer.awaitExit(zombie, Duration.ofSeconds(10))).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

      assertThat(ShadowServer.awaitExit(parent.toHandle(), Duration.ofMillis(50))).as("still running").isFalse();
    } finally {
      parent.destroyForcibly();
    }
  }

  @Test
  void serverGivenByUrl() throws SQLException {
    assumeTrue(answers(MACHINE_URL), "no PostgreSQL at " + MACHINE_URL);
    try (ShadowServer server = ShadowServer.atUrl(MACHINE_URL + "?ApplicationName=autogen-test", "postgres", null)) {
      assertThat(server.isEmbedded()).isFalse();
      String name;
      try (ShadowDatabase db = server.createDatabase()) {
        name = db.name();
        assertThat(db.url()).startsWith("jdbc:postgresql://127.0.0.1:5432/" + db.name() + "?ApplicationName=autogen-test");
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
          ResultSet rs = s.executeQuery("SELECT current_database()");
          rs.next();
          assertThat(rs.getString(1)).isEqualTo(db.name());
        }
      }
      List<String> left = new ArrayList<>();
      try (Connection c = DriverManager.getConnection(MACHINE_URL, "postgres", null); Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'autogen\\_%'")) {
        while (rs.next()) {
          left.add(rs.getString(1));
        }
      }
      assertThat(left).doesNotContain(name);
    }
  }

  @Test
  void unreachableServerIsOneClearLine() {
    ShadowServer server = ShadowServer.atUrl("jdbc:postgresql://127.0.0.1:1/postgres?password=secret", "nobody", "secret");
    assertThat(server.description()).isEqualTo("PostgreSQL at jdbc:postgresql://127.0.0.1:1/postgres");
    assertThatThrownBy(server::createDatabase)
        .isInstanceOf(ShadowServerException.class)
        .hasMessageStartingWith("cannot connect to the shadow server, PostgreSQL at jdbc:postgresql://127.0.0.1:1/postgres: ")
        .hasMessageEndingWith("; check --shadow-url and that the server is running")
        .hasMessageNotContaining("secret")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void notAJdbcUrl() {
    assertThatThrownBy(() -> ShadowServer.atUrl("postgres://u:p@host/db", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a PostgreSQL JDBC URL: postgres://u:p@host/db; expected jdbc:postgresql://HOST[:PORT]/DATABASE");
  }

  @Test
  void passwordsAreHidden() {
    assertThat(ShadowServer.hidePassword("jdbc:postgresql://h/db?user=u&password=p&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&ssl=true");
    assertThat(ShadowServer.hidePassword("jdbc:postgresql://h/db?password=p")).isEqualTo("jdbc:postgresql://h/db");
    assertThat(ShadowServer.hidePassword("jdbc:postgresql://h/db?user=u&password=p")).isEqualTo("jdbc:postgresql://h/db?user=u");
  }

  private static String urlOf(ShadowServer server, String database) {
    try (ShadowDatabase probe = server.createDatabase()) {
      return probe.url().replace(probe.name(), database);
    }
  }

  private static List<String> tables(Statement s) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static boolean answers(String url) {
    try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
