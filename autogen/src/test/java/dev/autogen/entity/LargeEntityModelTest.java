package dev.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Provenance;
import dev.autogen.read.DatabaseSchemaReader;
import dev.autogen.read.ReadOptions;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import dev.autogen.shadow.ShadowServer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated model of 1,000 entities (ten columns each, a foreign key, a unique constraint and an index)
 * compiled here, then scanned, booted, scripted, applied and read back. Prints each stage's time (a
 * measurement, not a limit); asserts that the whole model arrives.
 */
class LargeEntityModelTest {
  static final int ENTITIES = 1_000;

  @Test
  void thousandEntities(@TempDir Path dir) throws Exception {
    Path classes = compile(dir, ENTITIES);
    ShadowServer server = ShadowServer.embedded().startInBackground();
    EntitySchemaReader reader = new EntitySchemaReader(server);

    long t0 = System.nanoTime();
    try (EntityMetadata m = reader.boot(EntitySource.scan(List.of("gen.model"), List.of(classes)))) {
      long t1 = System.nanoTime();
      List<String> script = m.createScript();
      long t2 = System.nanoTime();
      Provenance provenance = m.provenance();
      long t3 = System.nanoTime();
      long[] applied = new long[2];
      Schema schema = reader.onScratchDatabase(script, provenance, m.classNames(), c -> {
        applied[0] = System.nanoTime();
        Schema read = new DatabaseSchemaReader(ReadOptions.defaults()).read(c);
        applied[1] = System.nanoTime();
        return read;
      });
      long t4 = System.nanoTime();
      System.out.printf(
          "%d entities: scan + boot %d ms, create script %d ms (%d statements), provenance %d ms, "
              + "scratch database + apply %d ms, read back %d ms, drop %d ms; total %d ms; "
              + "embedded server start %d ms (in the background)%n",
          ENTITIES, ms(t1 - t0), ms(t2 - t1), script.size(), ms(t3 - t2), ms(applied[0] - t3), ms(applied[1] - applied[0]),
          ms(t4 - applied[1]), ms(t4 - t0), server.startupTime().toMillis());
      assertThat(schema.tables()).hasSize(ENTITIES);
      Table t0500 = schema.table("t0500").orElseThrow();
      assertThat(t0500.columns()).hasSize(10);
      assertThat(t0500.uniqueConstraints()).extracting(UniqueConstraint::name).containsExactly("uk_t0500_code");
      assertThat(t0500.indexes()).extracting(Index::name).containsExactly("ix_t0500_name");
      assertThat(t0500.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("t0499");
      assertThat(provenance.tables()).hasSize(ENTITIES);
      assertThat(provenance.columns()).hasSize(ENTITIES * 10);
      assertThat(provenance.ofColumn("t0500", "parent_id")).contains("E0500.parent");
    }
  }

  static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  /** Writes and compiles {@code count} entity classes into {@code dir/classes}. */
  static Path compile(Path dir, int count) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src/gen/model"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path file = sources.resolve(String.format("E%04d.java", i));
      Files.writeString(file, source(i));
      files.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath, "-proc:none", "--release", "17"));
    args.addAll(files);
    StringWriter errors = new StringWriter();
    int rc = javac.run(null, null, new java.io.PrintStream(new java.io.ByteArrayOutputStream()) {
      @Override
      public void write(byte[] b, int off, int len) {
        errors.write(new String(b, off, len));
      }
    }, args.toArray(String[]::new));
    assertThat(rc).as("javac: %s", errors).isZero();
    return classes;
  }

  static String source(int i) {
    String name = String.format("E%04d", i);
    String table = String.format("t%04d", i);
    String parent = i == 0 ? name : String.format("E%04d", i - 1);
    return """
        package gen.model;

        import jakarta.persistence.*;
        import java.math.BigDecimal;
        import java.time.Instant;
        import java.time.LocalDate;

        @Entity
        @Table(name = "%2$s",
            uniqueConstraints = @UniqueConstraint(name = "uk_%2$s_code", columnNames = "code"),
            indexes = @Index(name = "ix_%2$s_name", columnList = "name"))
        public class %1$s {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          @Column(nullable = false, length = 64) String code;
          @Column(length = 200) String name;
          String description;
          Integer quantity;
          @Column(precision = 12, scale = 2) BigDecimal price;
          boolean active;
          LocalDate validFrom;
          Instant createdAt;
          @ManyToOne @JoinColumn(name = "parent_id") %3$s parent;
        }
        """.formatted(name, table, parent);
  }

}
