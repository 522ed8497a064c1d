package dev.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities compiled outside the test class path: scanned in a jar, loaded with what they reference. */
class ClassPathScanTest {
  static final String MONEY = """
      package ext.lib;

      import jakarta.persistence.Column;
      import jakarta.persistence.Embeddable;
      import java.math.BigDecimal;

      @Embeddable
      public class Money {
        @Column(precision = 12, scale = 2) BigDecimal amount;
        @Column(length = 3) String currency;
      }
      """;

  static final String WALLET = """
      package ext.model;

      import jakarta.persistence.Embedded;
      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import ext.lib.Money;

      @Entity
      public class Wallet {
        @Id Long id;
        @Embedded Money balance;
      }
      """;

  @Test
  void entitiesInAJarWithAnEmbeddableFromAnotherEntry(@TempDir Path dir) throws IOException {
    Path classes = compile(dir, Map.of("ext/lib/Money.java", MONEY, "ext/model/Wallet.java", WALLET));
    Path jar = jar(classes.resolve("ext/model"), "ext/model/", dir.resolve("model.jar"));
    Files.delete(classes.resolve("ext/model/Wallet.class"));
    Path lib = classes; // now only ext/lib/Money.class
    try (EntityMetadata m = EntityMetadata.boot(EntitySource.scan(List.of("ext.model"), List.of(jar, lib)), Map.of())) {
      assertThat(m.classNames()).containsExactly("ext.model.Wallet");
      assertThat(m.createScript()).containsExactly(
          "create table Wallet (id bigint not null, amount numeric(12,2), currency varchar(3), primary key (id))");
      assertThat(m.provenance().columns()).contains(
          entry("wallet.amount", "Wallet.balance.amount"), entry("wallet.currency", "Wallet.balance.currency"));
    }
  }

  @Test
  void aClassMissingFromTheClassPathIsNamed(@TempDir Path dir) throws IOException {
    Path classes = compile(dir, Map.of("ext/lib/Money.java", MONEY, "ext/model/Wallet.java", WALLET));
    Files.delete(classes.resolve("ext/lib/Money.class"));
    assertThatThrownBy(() -> EntityMetadata.boot(EntitySource.scan(List.of("ext.model"), List.of(classes)), Map.of()))
        .isInstanceOf(EntityModelException.class)
        .hasMessage("cannot load the entity classes: class ext.lib.Money is missing; add the jar or directory that has it to --classpath");
  }

  static Path compile(Path dir, Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "--release", "17", "-cp",
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc = ToolProvider.getSystemJavaCompiler().run(null, null, new PrintStream(errors), args.toArray(String[]::new));
    assertThat(rc).as("javac: %s", errors).isZero();
    return classes;
  }

  static Path jar(Path from, String prefix, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
        Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        j.putNextEntry(new JarEntry(prefix + from.relativize(f).toString().replace('\\', '/')));
        j.write(Files.readAllBytes(f));
        j.closeEntry();
      }
    }
    return jar;
  }
}
