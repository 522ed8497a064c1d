package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Eight JVMs run {@code upgrade head} on one database at once: all succeed, and each migration is applied
 * exactly once (one history row each, the row it inserts inserted once, the concurrent index built).
 */
@PostgresTest
class ConcurrentUpgradeTest {
  private static final int RUNNERS = 8;

  @Test
  void eight_processes_apply_each_migration_exactly_once(TestDatabase db, @TempDir Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    List<Process> processes = new ArrayList<>();
    List<Path> outputs = new ArrayList<>();
    try {
      for (int i = 0; i < RUNNERS; i++) {
        Path out = dir.resolve("runner-" + i + ".out");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-cp", classPath, ConcurrentUpgradeMain.class.getName(), db.url(), db.user(), dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
        if (db.password() != null) {
          pb.environment().put("AUTOGEN_TEST_PASSWORD", db.password());
        }
        processes.add(pb.start());
        outputs.add(out);
      }
      // Start them together: every JVM is up and waiting before any of them begins.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (readyCount(dir) < RUNNERS && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(readyCount(dir)).as("runners started").isEqualTo(RUNNERS);
      Files.createFile(dir.resolve("go"));

      List<String> applied = new ArrayList<>();
      for (int i = 0; i < RUNNERS; i++) {
        assertThat(processes.get(i).waitFor(3, TimeUnit.MINUTES)).as("runner %d finished", i).isTrue();
        String output = Files.readString(outputs.get(i));
        assertThat(processes.get(i).exitValue()).as("exit code of runner %d, which said:%n%s", i, output).isZero();
        assertThat(output).as("runner %d", i).contains("at [c4]");
        output.lines().filter(l -> l.startsWith("applied ")).forEach(applied::add);
      }
      assertThat(applied).containsExactlyInAnyOrder("applied c1", "applied c2", "applied c3", "applied c4");
    } finally {
      for (Process p : processes) {
        p.destroyForcibly();
      }
    }

    assertThat(Rows.of(db, "SELECT revision, direction, count(*) FROM autogen_history GROUP BY 1, 2 ORDER BY 1"))
        .containsExactly("c1|upgrade|1", "c2|upgrade|1", "c3|upgrade|1", "c4|upgrade|1");
    assertThat(Rows.of(db, "SELECT version_num FROM autogen_version")).containsExactly("c4");
    assertThat(Rows.of(db, "SELECT id, note FROM events")).containsExactly("1|once");
    assertThat(Rows.of(db, "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " WHERE c.relname = 'events_note_idx'")).containsExactly("t");
    // No runner left its lock behind.
    assertThat(Rows.of(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).containsExactly("0");
  }

  private static long readyCount(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("ready-")).count();
    }
  }
}
