package dev.autogen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.e2e.E2eProject.Result;
import dev.autogen.e2e.Entities.Version;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate and check against a live database ({@code --url}): refused when the database is not at the
 * head or has tables but no history, and a change made by hand in the database caught by {@code check}.
 */
@PostgresTest
class LiveDatabaseE2eTest {

  @TempDir Path dir;

  @Test
  void autogenerateAgainstTheDatabaseOnlyAtTheHead(TestDatabase db) {
    E2eProject project = E2eProject.portal(dir, Version.INITIAL);
    project.ok("--message", "initial");
    String initial = E2eProject.idOf(project.files().get(0));
    project.entities(Version.LINKEDIN);

    // An empty database, at no revision.
    Map<Path, String> tree = project.tree();
    String atBase = project.run(db, "--message", "add linkedin_url").oneErrorLine();
    assertThat(atBase).isEqualTo("error: the database is at base (no revision) but the migrations' head is "
        + initial + "; run `autogen upgrade heads` first (or `autogen stamp` if it is already up to date)");
    assertThat(project.tree()).isEqualTo(tree);
    assertThat(db.snapshot().toString()).doesNotContain("table ");

    // One revision behind.
    project.ok(db, "upgrade", "head");
    project.ok("--message", "add linkedin_url");
    String linkedin = E2eProject.idOf(project.files().get(1));
    project.entities(Version.DRIFTED);
    tree = project.tree();
    String behind = project.run(db, "--message", "describe teams").oneErrorLine();
    assertThat(behind).startsWith("error: the database is at " + initial + " but the migrations' head is " + linkedin
        + "; run `autogen upgrade heads` first");
    assertThat(project.tree()).isEqualTo(tree);

    // At the head: the difference between the entities and the database, and the revision follows the head.
    project.ok(db, "upgrade", "head");
    List<Path> before = project.files();
    Result live = project.ok(db, "--message", "describe teams");
    Path file = project.newFile(before);
    assertThat(live.out()).contains("Revision " + E2eProject.idOf(file) + " follows " + linkedin + ".");
    String source = E2eProject.read(file);
    assertThat(WorkflowE2eTest.body(source, "upgrade")).isEqualTo("""
        op.alterColumn("team_members", "display_name", alter().type(varchar(100), varchar(150)));
        op.addColumn("teams", column("description", varchar(500)));""");
    assertThat(source).contains(" *   <li>added column teams.description (Team.description)</li>");

    project.ok(db, "upgrade", "head");
    Result nothing = project.ok(db, "--message", "again");
    assertThat(nothing.out()).isEqualTo("No changes detected: the entities and the database agree; nothing written.\n");
    assertThat(project.files()).hasSize(3);
  }

  @Test
  void aDatabaseWithTablesButNoHistoryIsAdoptedWithBaseline(TestDatabase db) {
    db.execute("CREATE TABLE legacy_accounts (id bigint PRIMARY KEY, login text NOT NULL)");
    E2eProject project = E2eProject.portal(dir, Version.INITIAL);
    Map<Path, String> tree = project.tree();

    String line = project.run(db, "--message", "initial").oneErrorLine();
    assertThat(line).isEqualTo("error: the database has tables but no autogen history; run `autogen baseline` to"
        + " adopt it as the first revision");
    assertThat(project.tree()).isEqualTo(tree);
    assertThat(project.run(db, "current").out()).doesNotContain("_");
  }

  @Test
  void aDatabaseWithTablesButNoHistoryBesideRevisionsIsToBeStamped(TestDatabase db) {
    E2eProject project = E2eProject.portal(dir, Version.INITIAL);
    project.ok("--message", "initial");
    String initial = E2eProject.idOf(project.files().get(0));
    // The schema the revisions create, but its history lost (a restore without the version tables, say).
    project.ok(db, "upgrade", "head");
    db.execute("DROP TABLE autogen_version; DROP TABLE autogen_history");
    Map<Path, String> tree = project.tree();

    // Baseline starts a history and refuses where there are revisions, so it is not the advice here.
    String line = project.run(db, "--message", "again").oneErrorLine();
    assertThat(line).isEqualTo("error: the database has tables but no autogen history, while there are revisions;"
        + " if it already has what they create, record that with `autogen stamp heads`");
    assertThat(project.tree()).isEqualTo(tree);

    // The advice works.
    assertThat(project.ok(db, "stamp", "heads").out()).contains(initial);
    assertThat(project.ok(db, "--message", "again").out()).contains("No changes detected");
  }

  @Test
  void checkWithUrlCatchesAChangeMadeByHandInTheDatabase(TestDatabase db) {
    E2eProject project = E2eProject.portal(dir, Version.INITIAL);
    project.ok("--message", "initial");
    String initial = E2eProject.idOf(project.files().get(0));

    // Not upgraded yet: the database lacks the revision and what it creates.
    Result behind = project.run(db, "check");
    assertThat(behind.exitCode()).as(behind.toString()).isEqualTo(1);
    assertThat(WorkflowE2eTest.changes(behind.out())).startsWith(
        "the database is at base (no revision), the migrations' head is " + initial);
    assertThat(behind.out()).contains("database → migrations").doesNotContain("migrations → entities");

    project.ok(db, "upgrade", "head");
    assertThat(project.ok(db, "check").out()).contains("No drift");

    db.execute("""
        ALTER TABLE teams ADD COLUMN budget integer;
        CREATE INDEX ix_by_hand ON team_members (display_name);
        """);
    Result drift = project.run(db, "check");
    assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
    assertThat(drift.outLines()).contains(
        "  database → migrations (what would bring the database to the migrations):");
    assertThat(WorkflowE2eTest.changes(drift.out())).containsExactlyInAnyOrder(
        "dropped column teams.budget",
        "dropped index ix_by_hand");
    assertThat(drift.out()).doesNotContain("migrations → entities");
    assertThat(drift.errLines()).containsExactly("error: 2 difference(s) found:");

    Result json = project.run(db, "check", "--format", "json");
    assertThat(json.exitCode()).as(json.toString()).isEqualTo(1);
    List<Object> differences = Json.array(Json.parseObject(json.out()), "differences");
    assertThat(differences).containsExactlyInAnyOrder(
        Map.of("from", "database", "to", "migrations", "change", "dropped column teams.budget"),
        Map.of("from", "database", "to", "migrations", "change", "dropped index ix_by_hand"));

    // Without the database, the entities and the migrations still agree.
    assertThat(project.ok("check").out()).contains("No drift");
  }
}
