package dev.autogen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.MigrationLoadException;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.RevisionException;
import dev.autogen.runtime.RevisionInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

  // ---- building graphs -----------------------------------------------------------------------------

  /** A revision: id, then parents; labels and dependsOn through the with... methods. */
  private static Rev rev(String id, String... parents) {
    return new Rev(id, List.of(parents), List.of(), List.of());
  }

  private record Rev(String id, List<String> parents, List<String> labels, List<String> dependsOn) {
    Rev labels(String... values) {
      return new Rev(id, parents, List.of(values), dependsOn);
    }

    Rev dependsOn(String... values) {
      return new Rev(id, parents, labels, List.of(values));
    }

    LoadedMigration load() {
      RevisionInfo info = new RevisionInfo(id, parents, labels, dependsOn, "revision " + id, true, id + ".java");
      return LoadedMigration.of(info, NOTHING);
    }
  }

  private static final Migration NOTHING = new Migration() {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  };

  private static RevisionGraph graph(Rev... revs) {
    List<LoadedMigration> list = new ArrayList<>();
    for (Rev r : revs) {
      list.add(r.load());
    }
    return RevisionGraph.of(list);
  }

  private static Set<String> at(String... heads) {
    return Set.of(heads);
  }

  /** A plan as lines: {@code +id [heads before] -> [heads after]}, {@code -} for a downgrade step. */
  private static List<String> steps(List<RevisionGraph.Step> plan) {
    List<String> out = new ArrayList<>();
    for (RevisionGraph.Step s : plan) {
      out.add((s.upgrade() ? "+" : "-") + s.id() + " " + s.headsBefore() + " -> " + s.headsAfter());
    }
    return out;
  }

  private static List<String> ids(List<RevisionGraph.Step> plan) {
    return plan.stream().map(s -> (s.upgrade() ? "+" : "-") + s.id()).toList();
  }

  private static List<String> lines(String... lines) {
    return Arrays.asList(lines);
  }

  // ---- linear --------------------------------------------------------------------------------------

  @Nested
  class Linear {
    // a <- b <- c
    final RevisionGraph g = graph(rev("c", "b"), rev("a"), rev("b", "a"));

    @Test
    void queries() {
      assertThat(g.revisions()).extracting(LoadedMigration::id).containsExactly("a", "b", "c");
      assertThat(g.heads()).containsExactly("c");
      assertThat(g.bases()).containsExactly("a");
      assertThat(g.branches()).isEmpty();
      assertThat(g.ancestors("c")).containsExactly("a", "b");
      assertThat(g.descendants("a")).containsExactly("b", "c");
      assertThat(g.children("a")).containsExactly("b");
      assertThat(g.get("b").info().message()).isEqualTo("revision b");
      assertThat(g.contains("d")).isFalse();
    }

    @Test
    void upgradeFromBaseToHead() {
      assertThat(steps(g.upgradePlan(at(), "head"))).isEqualTo(lines(
          "+a [] -> [a]",
          "+b [a] -> [b]",
          "+c [b] -> [c]"));
    }

    @Test
    void upgradeFromTheMiddleAndWhenDone() {
      assertThat(ids(g.upgradePlan(at("a"), "head"))).containsExactly("+b", "+c");
      assertThat(g.upgradePlan(at("c"), "head")).isEmpty();
      assertThat(g.upgradePlan(at("c"), "a")).isEmpty();
      assertThat(ids(g.upgradePlan(at(), "b"))).containsExactly("+a", "+b");
      assertThat(ids(g.upgradePlan(at(), "heads"))).containsExactly("+a", "+b", "+c");
      assertThat(g.upgradePlan(at(), "base")).isEmpty();
    }

    @Test
    void downgrade() {
      assertThat(steps(g.downgradePlan(at("c"), "a"))).isEqualTo(lines(
          "-c [c] -> [b]",
          "-b [b] -> [a]"));
      assertThat(steps(g.downgradePlan(at("c"), "base"))).isEqualTo(lines(
          "-c [c] -> [b]",
          "-b [b] -> [a]",
          "-a [a] -> []"));
      assertThat(g.downgradePlan(at("b"), "b")).isEmpty();
      assertThat(g.downgradePlan(at(), "base")).isEmpty();
    }

    @Test
    void relativeSteps() {
      assertThat(ids(g.upgradePlan(at("a"), "+1"))).containsExactly("+b");
      assertThat(ids(g.upgradePlan(at(), "+2"))).containsExactly("+a", "+b");
      assertThat(ids(g.upgradePlan(at(), "+3"))).containsExactly("+a", "+b", "+c");
      assertThat(ids(g.downgradePlan(at("c"), "-1"))).containsExactly("-c");
      assertThat(ids(g.downgradePlan(at("c"), "-2"))).containsExactly("-c", "-b");
      assertThat(ids(g.downgradePlan(at("c"), "-3"))).containsExactly("-c", "-b", "-a");
      assertThat(g.downgradePlan(at("c"), "-0")).isEmpty();
    }

    @Test
    void stepsFromARevision() {
      assertThat(ids(g.upgradePlan(at(), "a+1"))).containsExactly("+a", "+b");
      assertThat(ids(g.upgradePlan(at(), "base+1"))).containsExactly("+a");
      assertThat(ids(g.downgradePlan(at("c"), "c-2"))).containsExactly("-c", "-b");
      assertThat(ids(g.downgradePlan(at("c"), "head-1"))).containsExactly("-c");
      assertThat(ids(g.downgradePlan(at("c"), "b-1"))).containsExactly("-c", "-b");
      assertThat(ids(g.upgradePlan(at(), "c-1"))).containsExactly("+a", "+b");
      assertThat(g.resolve("c-1").id()).isEqualTo("b");
      assertThat(g.resolve("a+2").id()).isEqualTo("c");
    }

    @Test
    void stepsPastHeadOrBaseAreErrors() {
      assertThatThrownBy(() -> g.downgradePlan(at("c"), "-4"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'-4' goes past base: only 3 revisions below c");
      assertThatThrownBy(() -> g.downgradePlan(at(), "-1"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'-1' goes past base: nothing is below base");
      assertThatThrownBy(() -> g.upgradePlan(at("b"), "+2"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'+2' goes past the head: only 1 revision above b");
      assertThatThrownBy(() -> g.upgradePlan(at("c"), "+1"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'+1' goes past the head: c is a head");
      assertThatThrownBy(() -> g.upgradePlan(at(), "b+2"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'b+2' goes past the head: only 1 revision above b");
      assertThatThrownBy(() -> g.resolve("a-1"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'a-1' is base, not one revision; give a revision id");
    }

    @Test
    void directionMismatchesAreErrors() {
      assertThatThrownBy(() -> g.upgradePlan(at("c"), "-1"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'-1' steps down; use downgrade -1");
      assertThatThrownBy(() -> g.downgradePlan(at("a"), "+1"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'+1' steps up; use upgrade +1");
      assertThatThrownBy(() -> g.downgradePlan(at("a"), "c"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("cannot downgrade to c: it is not applied (the database is at a); use upgrade to go there");
    }

    @Test
    void unknownCurrentHeadIsAnError() {
      assertThatThrownBy(() -> g.upgradePlan(at("zz"), "head"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("the database is at revision 'zz', which no migration has; restore its migration,"
              + " or set the revision with `autogen stamp`");
    }

    @Test
    void stampHeads() {
      assertThat(g.headsFor("b")).containsExactly("b");
      assertThat(g.headsFor("head")).containsExactly("c");
      assertThat(g.headsFor("heads")).containsExactly("c");
      assertThat(g.headsFor("base")).isEmpty();
      assertThat(g.headsFor(List.of("a", "c"))).containsExactly("c");
      assertThat(g.headsFor("c-1")).containsExactly("b");
      assertThatThrownBy(() -> g.headsFor("+1"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'+1' is a relative step; stamp an absolute revision, e.g. head or an id");
    }
  }

  // ---- ids and prefixes ----------------------------------------------------------------------------

  @Nested
  class Ids {
    final RevisionGraph g = graph(
        rev("20261120_1412_a9e2"), rev("20261124_0930_4f1c", "20261120_1412_a9e2"),
        rev("20261124_0931_77aa", "20261124_0930_4f1c"));

    @Test
    void fullIdAndUniquePrefix() {
      assertThat(g.resolve("20261124_0930_4f1c").id()).isEqualTo("20261124_0930_4f1c");
      assertThat(g.resolve("20261120").id()).isEqualTo("20261120_1412_a9e2");
      assertThat(g.resolve("20261124_0931").id()).isEqualTo("20261124_0931_77aa");
      assertThat(ids(g.upgradePlan(at(), "20261124_0930"))).containsExactly("+20261120_1412_a9e2", "+20261124_0930_4f1c");
      assertThat(ids(g.downgradePlan(at("20261124_0931_77aa"), "20261120")))
          .containsExactly("-20261124_0931_77aa", "-20261124_0930_4f1c");
      assertThat(g.resolve("20261120+1").id()).isEqualTo("20261124_0930_4f1c");
    }

    @Test
    void ambiguousPrefix() {
      assertThatThrownBy(() -> g.upgradePlan(at(), "20261124"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("ambiguous revision '20261124': it starts 20261124_0930_4f1c, 20261124_0931_77aa;"
              + " give more of the id");
    }

    @Test
    void unknownRevision() {
      assertThatThrownBy(() -> g.upgradePlan(at(), "x"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("unknown revision 'x'; see `autogen history`");
      assertThatThrownBy(() -> g.get("20261120"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("unknown revision '20261120'; see `autogen history`");
      assertThatThrownBy(() -> g.downgradePlan(at(), "x-1"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("unknown revision 'x'; see `autogen history`");
    }

    @Test
    void idsWithDashesAreStillIds() {
      RevisionGraph dashed = graph(rev("init-1"), rev("init-2", "init-1"));
      assertThat(dashed.resolve("init-2").id()).isEqualTo("init-2");
      assertThat(dashed.resolve("init-2-1").id()).isEqualTo("init-1");
    }
  }

  // ---- diamond: branch then merge ------------------------------------------------------------------

  @Nested
  class Diamond {
    // r <- x1, r <- y1, m merges x1 and y1, n follows m
    final RevisionGraph g = graph(rev("r"), rev("x1", "r"), rev("y1", "r"), rev("m", "x1", "y1"), rev("n", "m"));

    @Test
    void queries() {
      assertThat(g.revisions()).extracting(LoadedMigration::id).containsExactly("r", "x1", "y1", "m", "n");
      assertThat(g.heads()).containsExactly("n");
      assertThat(g.branches()).containsExactly("r");
      assertThat(g.get("m").info().isMerge()).isTrue();
      assertThat(g.ancestors("m")).containsExactly("r", "x1", "y1");
      assertThat(g.descendants("y1")).containsExactly("m", "n");
    }

    @Test
    void upgradeThroughBothBranches() {
      assertThat(steps(g.upgradePlan(at(), "head"))).isEqualTo(lines(
          "+r [] -> [r]",
          "+x1 [r] -> [x1]",
          "+y1 [x1] -> [x1, y1]",
          "+m [x1, y1] -> [m]",
          "+n [m] -> [n]"));
    }

    @Test
    void upgradeFromOneBranchToTheMerge() {
      assertThat(steps(g.upgradePlan(at("x1"), "m"))).isEqualTo(lines(
          "+y1 [x1] -> [x1, y1]",
          "+m [x1, y1] -> [m]"));
      assertThat(steps(g.upgradePlan(at("x1", "y1"), "+1"))).isEqualTo(lines("+m [x1, y1] -> [m]"));
    }

    @Test
    void downgradeIntoOneBranchKeepsTheOther() {
      assertThat(steps(g.downgradePlan(at("n"), "x1"))).isEqualTo(lines(
          "-n [n] -> [m]",
          "-m [m] -> [x1, y1]"));
      assertThat(steps(g.downgradePlan(at("x1", "y1"), "x1-1"))).isEqualTo(lines("-x1 [x1, y1] -> [y1]"));
      assertThat(steps(g.downgradePlan(at("x1", "y1"), "r"))).isEqualTo(lines(
          "-y1 [x1, y1] -> [x1]",
          "-x1 [x1] -> [r]"));
    }

    @Test
    void stepsDownThroughTheMerge() {
      assertThat(ids(g.downgradePlan(at("n"), "-2"))).containsExactly("-n", "-m");
      assertThatThrownBy(() -> g.downgradePlan(at("n"), "-3"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'-3' is ambiguous: m is a merge of x1, y1; step down from one of them, e.g. x1-1");
    }

    @Test
    void ambiguousSteps() {
      assertThatThrownBy(() -> g.upgradePlan(at("r"), "+1"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'+1' is ambiguous: r has several children: x1, y1; upgrade to one of them by id, REV+N or LABEL@head");
      assertThatThrownBy(() -> g.downgradePlan(at("x1", "y1"), "-1"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("several heads: x1, y1; say which one to step down from, e.g. x1-1");
    }
  }

  // ---- several heads -------------------------------------------------------------------------------

  @Nested
  class SeveralHeads {
    // r <- a1 <- a2, r <- b1
    final RevisionGraph g = graph(rev("r"), rev("a1", "r"), rev("a2", "a1"), rev("b1", "r"));

    @Test
    void headIsAnErrorWithAdvice() {
      assertThat(g.heads()).containsExactly("a2", "b1");
      assertThatThrownBy(() -> g.upgradePlan(at(), "head"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("several heads: a2, b1; upgrade to 'heads', to one of them, or to LABEL@head,"
              + " or merge them with `autogen merge`");
    }

    @Test
    void upgradeToHeadsOrToOne() {
      assertThat(steps(g.upgradePlan(at(), "heads"))).isEqualTo(lines(
          "+r [] -> [r]",
          "+a1 [r] -> [a1]",
          "+a2 [a1] -> [a2]",
          "+b1 [a2] -> [a2, b1]"));
      assertThat(ids(g.upgradePlan(at("a2"), "b1"))).containsExactly("+b1");
      assertThat(ids(g.upgradePlan(at("b1"), "a1+1"))).containsExactly("+a1", "+a2");
      assertThat(ids(g.upgradePlan(at("a1", "b1"), "+1"))).containsExactly("+a2");
    }

    @Test
    void downgradeOneBranch() {
      assertThat(steps(g.downgradePlan(at("a2", "b1"), "a1"))).isEqualTo(lines("-a2 [a2, b1] -> [a1, b1]"));
      assertThat(steps(g.downgradePlan(at("a2", "b1"), "b1-1"))).isEqualTo(lines("-b1 [a2, b1] -> [a2]"));
      assertThat(ids(g.downgradePlan(at("a2", "b1"), "base"))).containsExactly("-b1", "-a2", "-a1", "-r");
    }

    @Test
    void stampSeveralHeads() {
      assertThat(g.headsFor("heads")).containsExactly("a2", "b1");
      assertThat(g.headsFor(List.of("a1", "b1"))).containsExactly("a1", "b1");
    }
  }

  // ---- merge revision ------------------------------------------------------------------------------

  @Test
  void mergeRevisionJoinsHeads() {
    RevisionGraph before = graph(rev("r"), rev("a1", "r"), rev("b1", "r"));
    assertThat(before.heads()).containsExactly("a1", "b1");
    RevisionGraph after = graph(rev("r"), rev("a1", "r"), rev("b1", "r"), rev("m", "a1", "b1"));
    assertThat(after.heads()).containsExactly("m");
    assertThat(steps(after.upgradePlan(at("a1", "b1"), "head"))).isEqualTo(lines("+m [a1, b1] -> [m]"));
    assertThat(steps(after.downgradePlan(at("m"), "-1"))).isEqualTo(lines("-m [m] -> [a1, b1]"));
    assertThat(after.headsFor("m-1")).containsExactly("a1", "b1");
  }

  // ---- branch labels -------------------------------------------------------------------------------

  @Nested
  class BranchLabels {
    // b0 <- s1 (shop) <- s2 ; b0 <- n1 (net) <- n2
    final RevisionGraph g = graph(
        rev("b0"), rev("s1", "b0").labels("shop"), rev("s2", "s1"), rev("n1", "b0").labels("net"), rev("n2", "n1"));

    @Test
    void labelAtHead() {
      assertThat(g.branchLabels()).containsEntry("shop", "s1").containsEntry("net", "n1");
      assertThat(ids(g.upgradePlan(at(), "shop@head"))).containsExactly("+b0", "+s1", "+s2");
      assertThat(steps(g.upgradePlan(at("s2"), "net@head"))).isEqualTo(lines(
          "+n1 [s2] -> [n1, s2]",
          "+n2 [n1, s2] -> [n2, s2]"));
      assertThat(g.resolve("net@head").id()).isEqualTo("n2");
    }

    @Test
    void bareLabelIsTheRevisionCarryingIt() {
      assertThat(g.resolve("shop").id()).isEqualTo("s1");
      assertThat(ids(g.upgradePlan(at(), "shop"))).containsExactly("+b0", "+s1");
    }

    @Test
    void labelAtBase() {
      assertThat(steps(g.downgradePlan(at("s2", "n2"), "shop@base"))).isEqualTo(lines(
          "-s2 [n2, s2] -> [n2, s1]",
          "-s1 [n2, s1] -> [n2]"));
      assertThat(ids(g.upgradePlan(at(), "shop@base"))).containsExactly("+b0");
      assertThat(g.headsFor("net@base")).containsExactly("b0");
    }

    @Test
    void labelErrors() {
      assertThatThrownBy(() -> g.upgradePlan(at(), "cart@head"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("unknown branch label 'cart' in 'cart@head'; labels: net, shop");
      assertThatThrownBy(() -> g.upgradePlan(at(), "shop@tip"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("'shop@tip': write shop@head or shop@base");
    }

    @Test
    void labelWithSeveralHeads() {
      RevisionGraph split = graph(rev("s1").labels("shop"), rev("s2", "s1"), rev("s3", "s1"));
      assertThatThrownBy(() -> split.upgradePlan(at(), "shop@head"))
          .isInstanceOf(RevisionException.class)
          .hasMessage("branch shop has several heads: s2, s3; give one of them, or merge them with `autogen merge`");
    }
  }

  // ---- depends-on ----------------------------------------------------------------------------------

  @Nested
  class DependsOn {
    // a1 <- a2 ; x1 (depends on a2) <- x2
    final RevisionGraph g = graph(rev("a1"), rev("a2", "a1"), rev("x1").dependsOn("a2"), rev("x2", "x1"));

    @Test
    void dependenciesComeFirstButStayHeads() {
      assertThat(g.revisions()).extracting(LoadedMigration::id).containsExactly("a1", "a2", "x1", "x2");
      assertThat(g.heads()).containsExactly("a2", "x2");
      assertThat(g.bases()).containsExactly("a1", "x1");
      assertThat(g.ancestors("x2")).containsExactly("a1", "a2", "x1");
      assertThat(g.descendants("a2")).containsExactly("x1", "x2");
      assertThat(g.dependencies("x1")).containsExactly("a2");
    }

    @Test
    void upgradeAppliesDependencies() {
      assertThat(steps(g.upgradePlan(at(), "x2"))).isEqualTo(lines(
          "+a1 [] -> [a1]",
          "+a2 [a1] -> [a2]",
          "+x1 [a2] -> [a2, x1]",
          "+x2 [a2, x1] -> [a2, x2]"));
    }

    @Test
    void downgradeRemovesDependents() {
      assertThat(steps(g.downgradePlan(at("a2", "x2"), "a1"))).isEqualTo(lines(
          "-x2 [a2, x2] -> [a2, x1]",
          "-x1 [a2, x1] -> [a2]",
          "-a2 [a2] -> [a1]"));
    }

    @Test
    void stampAddsDependencies() {
      assertThat(g.headsFor("x1")).containsExactly("a2", "x1");
      assertThat(g.applied(at("x1"))).containsExactly("a1", "a2", "x1");
    }

    @Test
    void dependsOnABranchLabel() {
      RevisionGraph labelled = graph(rev("a1").labels("accounts"), rev("a2", "a1"), rev("x1").dependsOn("accounts"));
      assertThat(labelled.dependencies("x1")).containsExactly("a1");
      assertThat(ids(labelled.upgradePlan(at(), "x1"))).containsExactly("+a1", "+x1");
    }
  }

  // ---- errors when building ------------------------------------------------------------------------

  @Nested
  class InvalidGraphs {
    @Test
    void duplicateId() {
      assertThatThrownBy(() -> graph(rev("a"), rev("b", "a"), rev("a")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("duplicate revision id 'a' in a.java and a.java; give one of them a new id");
    }

    @Test
    void missingParent() {
      assertThatThrownBy(() -> graph(rev("a"), rev("b", "zz")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revision b (b.java) has parent 'zz', which no migration has; restore that migration or fix the parent");
    }

    @Test
    void missingDependsOn() {
      assertThatThrownBy(() -> graph(rev("a"), rev("b", "a").dependsOn("qq")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revision b (b.java) depends on 'qq', which is neither a revision nor a branch label;"
              + " restore that migration or fix dependsOn");
    }

    @Test
    void cycle() {
      assertThatThrownBy(() -> graph(rev("r"), rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d", "r")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revisions form a cycle: a -> c -> b -> a (each follows or depends on the next;"
              + " in a.java, b.java, c.java); fix the parents of one of them");
    }

    @Test
    void cycleThroughDependsOn() {
      assertThatThrownBy(() -> graph(rev("a").dependsOn("b"), rev("b", "a")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revisions form a cycle: a -> b -> a (each follows or depends on the next;"
              + " in a.java, b.java); fix the parents of one of them");
    }

    @Test
    void ownParent() {
      assertThatThrownBy(() -> graph(rev("a", "a")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revisions form a cycle: a -> a (each follows or depends on the next; in a.java);"
              + " fix the parents of one of them");
    }

    @Test
    void duplicateBranchLabel() {
      assertThatThrownBy(() -> graph(rev("a").labels("shop"), rev("b", "a").labels("shop")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("branch label 'shop' is on two revisions: a (a.java) and b (b.java);"
              + " a label names one branch, rename one of them");
    }

    @Test
    void labelThatIsAnId() {
      assertThatThrownBy(() -> graph(rev("a"), rev("b", "a").labels("a")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("branch label 'a' of revision b (b.java) is also a revision id; choose another label");
    }

    @Test
    void unusableIds() {
      assertThatThrownBy(() -> graph(rev("head")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revision id 'head' in head.java is a reserved word (head, heads, base); choose another");
      assertThatThrownBy(() -> graph(rev("a@b")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revision id 'a@b' in a@b.java contains one of @ : + , (they separate parts of targets); choose another");
      assertThatThrownBy(() -> graph(rev("a b")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revision id 'a b' in a b.java contains white space; choose another");
      assertThatThrownBy(() -> graph(rev("-1")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revision id '-1' in -1.java reads as a relative step; choose another");
    }

    @Test
    void parentNamedTwice() {
      assertThatThrownBy(() -> graph(rev("a"), rev("b", "a", "a")))
          .isInstanceOf(MigrationLoadException.class)
          .hasMessage("revision b (b.java) names parent 'a' twice");
    }
  }

  @Test
  void emptyGraph() {
    RevisionGraph g = RevisionGraph.of(List.of());
    assertThat(g.revisions()).isEmpty();
    assertThat(g.upgradePlan(at(), "heads")).isEmpty();
    assertThat(g.upgradePlan(at(), "base")).isEmpty();
    assertThatThrownBy(() -> g.upgradePlan(at(), "head"))
        .isInstanceOf(RevisionException.class)
        .hasMessage("there are no migrations, so there is no head; write one with `autogen revision`");
  }
}
