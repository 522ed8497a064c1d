package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autogen.runtime.TestMigrations.A2;
import dev.autogen.runtime.TestMigrations.B2;
import dev.autogen.runtime.TestMigrations.R1;
import dev.autogen.runtime.TestMigrations.R2;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person sees when something is wrong: one line each, as an {@link AutogenException}, with no
 * password in it, and the database untouched (no version tables, no schema change).
 */
@PostgresTest
class BadInputTest {
  private static final String SECRET = "s3cret-Pa55";

  private static Autogen autogen(TestDatabase db, Migration... migrations) {
    return Autogen.configure().url(db.url(), db.user(), db.password()).migrations(List.of(migrations)).build();
  }

  /** Runs {@code call}, expects one clear line, and checks that the database did not change. */
  private static String failsCleanly(TestDatabase db, Consumer<Void> call) {
    SchemaSnapshot before = db.snapshot();
    AutogenException e = catchThrowableOfType(() -> call.accept(null), AutogenException.class);
    assertThat(e).as("an AutogenException").isNotNull();
    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain(SECRET);
    assertThat(db.snapshot()).isEqualTo(before);
    assertThat(Rows.tableExists(db, "autogen_version")).isFalse();
    assertThat(Rows.tableExists(db, "autogen_history")).isFalse();
    return e.getMessage();
  }

  @Test
  void unreachable_server(TestDatabase db) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // closed again before we connect: nothing listens there
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/app?password=" + SECRET + "&connectTimeout=5";
    Autogen autogen = Autogen.configure().url(url, "app", SECRET).migrations(List.of(new R1())).build();
    AutogenException e = catchThrowableOfType(() -> autogen.upgrade("head"), AutogenException.class);
    assertThat(e.getMessage()).isEqualTo("cannot connect to jdbc:postgresql://127.0.0.1:" + port
        + "/app?password=***&connectTimeout=5: Connection to 127.0.0.1:" + port
        + " refused; check the URL and that the server is running");
    assertThat(catchThrowableOfType(autogen::current, AutogenException.class).getMessage())
        .startsWith("cannot connect to ").doesNotContain(SECRET);

    Autogen unknownHost = Autogen.configure().url("jdbc:postgresql://nosuchhost.invalid/app", "app", SECRET).build();
    assertThat(catchThrowableOfType(unknownHost::current, AutogenException.class)).hasMessage(
        "cannot connect to jdbc:postgresql://nosuchhost.invalid/app: The connection attempt failed"
            + " (unknown host nosuchhost.invalid); check the URL and that the server is running");
  }

  @Test
  void wrong_password(TestDatabase db, @TempDir Path dir) throws Exception {
    String role = "autogen_pw_" + db.name();
    try (Connection c = db.connection(); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + SECRET + "'");
    }
    try {
      if (refusesWrongPassword(db.url(), role)) {
        assertWrongPasswordRefused(db.url(), role);
        return;
      }
    } finally {
      try (Connection c = db.connection(); Statement s = c.createStatement()) {
        s.execute("DROP ROLE " + role);
      }
    }
    // The test server trusts every connection (the embedded one does): check against a server of our own
    // that asks for passwords.
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data"))
        .setCleanDataDirectory(true).start()) {
      String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
      try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE ROLE app LOGIN PASSWORD '" + SECRET + "'");
        Path hba;
        try (var rs = s.executeQuery("SHOW hba_file")) {
          rs.next();
          hba = Path.of(rs.getString(1));
        }
        Files.writeString(hba, """
            local all all trust
            host all postgres 127.0.0.1/32 trust
            host all postgres ::1/128 trust
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """);
        s.execute("SELECT pg_reload_conf()");
      }
      long deadline = System.currentTimeMillis() + 10_000;
      while (!refusesWrongPassword(url, "app") && System.currentTimeMillis() < deadline) {
        Thread.sleep(50); // the server reloads its configuration asynchronously
      }
      assertWrongPasswordRefused(url, "app");
      // The right password works through the same path.
      assertThat(Autogen.configure().url(url, "app", SECRET).build().current()).isEmpty();
    }
  }

  private static boolean refusesWrongPassword(String url, String role) {
    Properties p = new Properties();
    p.setProperty("user", role);
    p.setProperty("password", "wrong-" + SECRET);
    try (Connection ignored = DriverManager.getConnection(url, p)) {
      return false;
    } catch (SQLException e) {
      return "28P01".equals(e.getSQLState());
    }
  }

  private static void assertWrongPasswordRefused(String url, String role) {
    Autogen autogen = Autogen.configure().url(url, role, "wrong-" + SECRET).migrations(List.of(new R1())).build();
    AutogenException e = catchThrowableOfType(() -> autogen.upgrade("head"), AutogenException.class);
    assertThat(e.getMessage()).isEqualTo("cannot log in to " + url + " as " + role
        + ": password authentication failed for user \"" + role + "\"; check the user and password");
  }

  @Test
  void a_role_that_may_not_log_in(TestDatabase db) {
    // Refused at log-in by any server, trusting or not: the same one line as a wrong password.
    String role = "autogen_nologin_" + db.name();
    db.execute("CREATE ROLE " + role + " NOLOGIN");
    try {
      Autogen autogen = Autogen.configure().url(db.url(), role, SECRET).migrations(List.of(new R1())).build();
      String message = failsCleanly(db, v -> autogen.upgrade("head"));
      assertThat(message).isEqualTo("cannot log in to " + db.url() + " as " + role + ": role \"" + role
          + "\" is not permitted to log in; check the user and password");
    } finally {
      db.execute("DROP ROLE " + role);
    }
  }

  @Test
  void unknown_target(TestDatabase db) {
    String message = failsCleanly(db, v -> autogen(db, new R1(), new R2()).upgrade("r9"));
    assertThat(message).contains("r9");
    failsCleanly(db, v -> autogen(db, new R1(), new R2()).downgrade("zz"));
    failsCleanly(db, v -> autogen(db, new R1(), new R2()).stamp("nope"));
  }

  @Test
  void upgrade_head_with_two_heads(TestDatabase db) {
    String message = failsCleanly(db, v -> autogen(db, new R1(), new A2(), new B2()).upgrade("head"));
    assertThat(message).contains("head").contains("a2").contains("b2");
  }

  @Test
  void missing_parent(TestDatabase db) {
    String message = failsCleanly(db, v -> autogen(db, new R2()).upgrade("head"));
    assertThat(message).contains("r2").contains("r1");
  }

  @Test
  void duplicate_id(TestDatabase db) {
    String message = failsCleanly(db, v -> autogen(db, new R1(), new TestMigrations.R1Edited()).upgrade("head"));
    assertThat(message).contains("r1");
  }

  @Test
  void cycle(TestDatabase db) {
    String message = failsCleanly(db, v -> autogen(db, new CycleX(), new CycleY()).upgrade("head"));
    assertThat(message).contains("cx").contains("cy");
  }

  @Test
  void compile_error_in_a_migration_source(TestDatabase db, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("M1_create_users.java"), """
        import dev.autogen.runtime.*;

        @Revision(id = "s1", message = "create users")
        public final class M1_create_users implements Migration {
          public void upgrade(Operations op) { op.execute("CREATE TABLE users (id bigint)"); }
          public void downgrade(Operations op) { op.execute("DROP TABLE users") }
        }
        """);
    Autogen autogen = Autogen.configure().url(db.url(), db.user(), db.password()).sources(dir).build();
    String message = failsCleanly(db, v -> autogen.upgrade("head"));
    assertThat(message).startsWith("M1_create_users.java:6: ").contains("';' expected");

    // Fixed, the same configuration compiles and runs it.
    Files.writeString(dir.resolve("M1_create_users.java"),
        Files.readString(dir.resolve("M1_create_users.java")).replace("users\") }", "users\"); }"));
    Autogen fixed = Autogen.configure().url(db.url(), db.user(), db.password()).sources(dir).build();
    assertThat(fixed.upgrade("head").headsAfter()).containsExactly("s1");
    assertThat(Rows.tableExists(db, "users")).isTrue();
  }

  @Test
  void no_target(TestDatabase db) {
    assertThat(failsCleanly(db, v -> autogen(db, new R1()).upgrade(" ")))
        .isEqualTo("no target revision given; use head, an id, +N or -N");
  }

  @Test
  void no_database_and_no_migrations() {
    assertThat(catchThrowableOfType(() -> Autogen.configure().migrations(List.of(new R1())).build().upgrade("head"),
        AutogenException.class)).hasMessage("no database configured; give a URL (--url) or a data source");
    assertThat(catchThrowableOfType(() -> Autogen.configure().build().revisions(), AutogenException.class))
        .hasMessage("no migrations configured; give a package on the class path, a sources directory or a list of"
            + " migrations");
  }

  @Revision(id = "cx", parents = "cy")
  public static final class CycleX implements Migration {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  }

  @Revision(id = "cy", parents = "cx")
  public static final class CycleY implements Migration {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  }
}
