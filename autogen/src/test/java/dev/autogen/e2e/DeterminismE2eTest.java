package dev.autogen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.e2e.Entities.Version;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same file: in fresh copies of a project, at the same clock, autogenerate
 * writes the same bytes, whether against the shadow database or a live one. The one part that differs is
 * by design: a revision id ends in four random hex digits, so that colleagues who write revisions in the
 * same minute do not collide; the comparison puts the new revision's id aside and nothing else.
 */
@PostgresTest
class DeterminismE2eTest {

  @TempDir Path one;
  @TempDir Path two;
  @TempDir Path live;
  @TempDir Path upgrader;

  @Test
  void theSameChangeTwiceGivesTheSameBytes(TestDatabase db) throws IOException {
    E2eProject a = E2eProject.portal(one, Version.INITIAL);
    E2eProject b = E2eProject.portal(two, Version.INITIAL);
    a.ok("--message", "initial");
    b.ok("--message", "initial");
    Path initialA = a.files().get(0);
    Path initialB = b.files().get(0);
    assertThat(initialB.getFileName()).isEqualTo(initialA.getFileName());
    assertSameButTheId(initialA, initialB);

    // From the same migrations on: b gets a's initial revision, and a third copy works against a live database.
    Files.copy(initialA, initialB, StandardCopyOption.REPLACE_EXISTING);
    E2eProject c = a.copyTo(live);
    a.copyTo(upgrader).ok(db, "upgrade", "head");
    for (E2eProject project : List.of(a, b, c)) {
      project.entities(Version.LINKEDIN);
    }
    a.ok("--message", "add linkedin_url");
    b.ok("--message", "add linkedin_url");
    c.ok(db, "--message", "add linkedin_url");
    Path changeA = a.files().get(1);
    Path changeB = b.files().get(1);
    Path changeC = c.files().get(1);
    assertThat(List.of(changeB.getFileName(), changeC.getFileName())).containsOnly(changeA.getFileName());
    assertSameButTheId(changeA, changeB);
    assertSameButTheId(changeA, changeC);
  }

  @Test
  void aRicherModelTwiceGivesTheSameBytes() {
    E2eProject a = E2eProject.create(one, Entities.shop(), Entities.SHOP);
    E2eProject b = E2eProject.create(two, Entities.shop(), Entities.SHOP);
    a.ok("--message", "initial");
    b.ok("--message", "initial");
    assertThat(E2eProject.read(a.files().get(0))).contains("op.createEnumType(").contains("op.createSequence(")
        .contains("comment(");
    assertSameButTheId(a.files().get(0), b.files().get(0));
  }

  /** The two files are equal once their own revision ids are set aside, and those differ in the random part only. */
  private static void assertSameButTheId(Path a, Path b) {
    String idA = E2eProject.idOf(a);
    String idB = E2eProject.idOf(b);
    assertThat(idB.substring(0, 14)).isEqualTo(idA.substring(0, 14));
    String textA = E2eProject.read(a);
    assertThat(textA).containsOnlyOnce(idA);
    assertThat(E2eProject.read(b).replace(idB, "<id>")).isEqualTo(textA.replace(idA, "<id>"));
  }
}
