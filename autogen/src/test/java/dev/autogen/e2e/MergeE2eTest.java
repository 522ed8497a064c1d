package dev.autogen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.e2e.E2eProject.Result;
import dev.autogen.e2e.Entities.Version;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two colleagues each add a revision after the same head; once both files are in one checkout there are
 * two heads, which autogenerate and {@code upgrade head} refuse until {@code merge} joins them.
 */
@PostgresTest
class MergeE2eTest {

  @TempDir Path dir;
  @TempDir Path colleague;
  @TempDir Path classes;

  @Test
  void mergeJoinsTwoHeadsWithTheSameParent(TestDatabase db) throws Exception {
    E2eProject project = E2eProject.portal(dir, Version.INITIAL);
    project.ok("--message", "initial");
    String initial = E2eProject.idOf(project.files().get(0));

    // Both follow the initial revision, each in a checkout of their own.
    E2eProject other = project.copyTo(colleague);
    String core = project.handWritten("seed core team", "op.execute(\"INSERT INTO teams (name) VALUES ('core')\");",
        "op.execute(\"DELETE FROM teams WHERE name = 'core'\");", "--head", initial);
    String qa = other.handWritten("seed qa team", "op.execute(\"INSERT INTO teams (name) VALUES ('qa')\");",
        "op.execute(\"DELETE FROM teams WHERE name = 'qa'\");", "--head", initial);
    Path qaFile = other.files().get(1);
    Files.copy(qaFile, project.migrations().resolve(qaFile.getFileName()));
    assertThat(project.files()).hasSize(3);
    for (Path file : project.files().subList(1, 3)) {
      assertThat(E2eProject.read(file)).contains("parents = \"" + initial + "\"");
    }

    assertThat(project.ok("heads").outLines()).hasSize(2)
        .anySatisfy(l -> assertThat(l).contains(core)).anySatisfy(l -> assertThat(l).contains(qa));

    // Two heads: autogenerate does not guess which to follow, upgrade head does not guess where to stop.
    Map<Path, String> tree = project.tree();
    assertThat(project.entities(Version.LINKEDIN).run("--message", "add linkedin_url").oneErrorLine())
        .startsWith("error: there are 2 heads (").contains(core).contains(qa).contains("merge them first");
    assertThat(project.entities(Version.INITIAL).run(db, "upgrade", "head").oneErrorLine()).contains("heads");
    assertThat(project.tree()).isEqualTo(tree);
    assertThat(db.snapshot().toString()).doesNotContain("table teams");

    // Merge names only heads, and needs two of them.
    assertThat(project.run("merge", "-m", "join", initial).oneErrorLine())
        .startsWith("error: " + initial + " is not a head; merge joins heads: ").contains(core).contains(qa);
    assertThat(project.run("merge", "-m", "join", initial.substring(0, 16)).oneErrorLine())
        .startsWith("error: " + initial.substring(0, 16) + " (" + initial + ") is not a head");
    assertThat(project.tree()).isEqualTo(tree);

    Result merge = project.ok("merge", "-m", "merge seed branches");
    List<Path> files = project.files();
    assertThat(files).hasSize(4);
    Path mergeFile = files.get(3);
    String merged = E2eProject.idOf(mergeFile);
    assertThat(merge.out()).contains("Created migrations/" + mergeFile.getFileName())
        .contains("Revision " + merged + " merges ");
    String source = E2eProject.read(mergeFile);
    assertThat(source).containsAnyOf(
        "parents = {\n        \"" + core + "\",\n        \"" + qa + "\"\n    },",
        "parents = {\n        \"" + qa + "\",\n        \"" + core + "\"\n    },");
    E2eProject.assertCompiles(classes, files);

    assertThat(project.ok("heads").outLines()).hasSize(1).first().asString().contains(merged);
    Result up = project.ok(db, "upgrade", "head");
    assertThat(up.out()).contains(core).contains(qa).contains("The database is now at " + merged + " (head).");
    try (var c = db.connection(); var s = c.createStatement();
        var rs = s.executeQuery("SELECT string_agg(name, ',' ORDER BY name) FROM teams")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("core,qa");
    }
    assertThat(project.ok(db, "check").out()).contains("No drift");

    // Autogenerate follows the merge.
    project.entities(Version.LINKEDIN).ok("--message", "add linkedin_url");
    Path next = project.newFile(files);
    assertThat(E2eProject.read(next)).contains("parents = \"" + merged + "\"");
    assertThat(project.run("merge", "-m", "again").oneErrorLine()).contains("nothing to merge");
  }
}
