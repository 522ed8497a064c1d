package dev.autogen.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.MigrationLoadException;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.op.Op;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {
  private static final String GOOD = "dev.autogen.runtime.testmigrations.good";
  private static final Path GOOD_SOURCES = Path.of("src/test/java/dev/autogen/runtime/testmigrations/good");
  private static final String CREATE_USERS = "M20260101_0900_create_users.java";
  private static final String ADD_EMAIL = "M20260102_0900_add_email.java";

  private final ClassLoader loader = getClass().getClassLoader();

  @TempDir
  Path temp;

  // ---- class path ----------------------------------------------------------------------------------

  @Test
  void loadsMigrationsOfAPackageFromTheClassPath() {
    List<LoadedMigration> loaded = MigrationLoader.fromClasspath(loader, GOOD);

    assertThat(loaded).extracting(LoadedMigration::id).containsExactly("20260101_0900_a1b2", "20260102_0900_c3d4");
    LoadedMigration addEmail = loaded.get(1);
    assertThat(addEmail.info().parents()).containsExactly("20260101_0900_a1b2");
    assertThat(addEmail.info().message()).isEqualTo("add email");
    assertThat(addEmail.info().transactional()).isFalse();
    assertThat(addEmail.info().source()).isEqualTo(GOOD + ".M20260102_0900_add_email");
    assertThat(loaded.get(0).info().transactional()).isTrue();
    assertThat(addEmail.checksum()).matches("[0-9a-f]{32}");
    assertThat(loaded.get(0).checksum()).isNotEqualTo(addEmail.checksum());
  }

  @Test
  void aPackageWithoutClassesHasNoMigrations() {
    assertThat(MigrationLoader.fromClasspath(loader, "dev.autogen.runtime.testmigrations.nothing")).isEmpty();
  }

  @Test
  void revisionOnAClassThatIsNotAMigration() {
    assertThatThrownBy(() -> MigrationLoader.fromClasspath(loader, "dev.autogen.runtime.testmigrations.notmigration"))
        .isInstanceOf(MigrationLoadException.class)
        .hasMessage("dev.autogen.runtime.testmigrations.notmigration.NotAMigration carries @Revision but does not"
            + " implement dev.autogen.runtime.Migration");
  }

  @Test
  void migrationWithoutRevision() {
    assertThatThrownBy(() -> MigrationLoader.fromClasspath(loader, "dev.autogen.runtime.testmigrations.unannotated"))
        .isInstanceOf(MigrationLoadException.class)
        .hasMessage("dev.autogen.runtime.testmigrations.unannotated.Forgotten implements Migration but has no"
            + " @Revision; annotate it, or move it out of the migrations");
  }

  @Test
  void duplicateIdOnTheClassPathNamesBothClasses() {
    assertThatThrownBy(() -> MigrationLoader.fromClasspath(loader, "dev.autogen.runtime.testmigrations.duplicate"))
        .isInstanceOf(MigrationLoadException.class)
        .hasMessage("duplicate revision id 'same' in dev.autogen.runtime.testmigrations.duplicate.SameA and"
            + " dev.autogen.runtime.testmigrations.duplicate.SameB; give one of them a new id");
  }

  @Test
  void loadsMigrationsFromAJar() throws IOException {
    Path src = write(temp.resolve("src/jarred/migrations/M1.java"), """
        package jarred.migrations;

        import dev.autogen.runtime.Migration;
        import dev.autogen.runtime.Operations;
        import dev.autogen.runtime.Revision;

        @Revision(id = "jar1", message = "from a jar")
        public final class M1 implements Migration {
          @Override public void upgrade(Operations op) { op.execute("select 1"); }
          @Override public void downgrade(Operations op) {}
        }
        """);
    Path classes = javac(temp.resolve("classes"), src);
    Path jar = jar(temp.resolve("migrations.jar"), classes);

    try (URLClassLoader jarLoader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, loader)) {
      List<LoadedMigration> loaded = MigrationLoader.fromClasspath(jarLoader, "jarred.migrations");
      assertThat(loaded).extracting(LoadedMigration::id).containsExactly("jar1");
      assertThat(loaded.get(0).info().message()).isEqualTo("from a jar");
      assertThat(loaded.get(0).migration().getClass().getClassLoader()).isSameAs(jarLoader);
    }
  }

  // ---- sources -------------------------------------------------------------------------------------

  @Test
  void compilesAndLoadsSources() throws IOException {
    copyGoodSources(temp);

    List<LoadedMigration> loaded = MigrationLoader.fromSources(temp, loader);

    assertThat(loaded).extracting(LoadedMigration::id).containsExactly("20260101_0900_a1b2", "20260102_0900_c3d4");
    assertThat(loaded.get(1).info().source()).isEqualTo(temp.resolve(ADD_EMAIL).toString());
    assertThat(loaded.get(1).info().transactional()).isFalse();
    // The class compiled now runs, not the copy with the same name on the test class path.
    assertThat(loaded.get(0).migration().getClass().getClassLoader()).isNotSameAs(loader);
  }

  @Test
  void sameMigrationHasTheSameChecksumFromSourceAndFromTheClassPath() throws IOException {
    copyGoodSources(temp);

    List<LoadedMigration> fromSource = MigrationLoader.fromSources(temp, loader);
    List<LoadedMigration> fromClasspath = MigrationLoader.fromClasspath(loader, GOOD);

    assertThat(fromSource).extracting(LoadedMigration::checksum)
        .containsExactlyElementsOf(fromClasspath.stream().map(LoadedMigration::checksum).toList());
  }

  @Test
  void sameSourcesAreCompiledOnceAndEditedOnesAgain() throws IOException {
    copyGoodSources(temp);
    List<LoadedMigration> first = MigrationLoader.fromSources(temp, loader);

    assertThat(MigrationLoader.fromSources(temp, loader).get(0).migration()).isSameAs(first.get(0).migration());

    Path addEmail = temp.resolve(ADD_EMAIL);
    Files.writeString(addEmail, Files.readString(addEmail) + "// edited\n");
    List<LoadedMigration> edited = MigrationLoader.fromSources(temp, loader);
    assertThat(edited.get(0).migration()).isNotSameAs(first.get(0).migration());
    assertThat(edited).extracting(LoadedMigration::checksum)
        .containsExactlyElementsOf(first.stream().map(LoadedMigration::checksum).toList());
  }

  @Test
  void compiledClassesAreKeptForTheNextProcess() throws IOException {
    Path sources = temp.resolve("sources");
    Path edited = temp.resolve("edited");
    Path cache = temp.resolve("cache");
    copyGoodSources(sources);
    copyGoodSources(edited);
    Files.writeString(edited.resolve(ADD_EMAIL), Files.readString(edited.resolve(ADD_EMAIL)).replace("varchar(320)", "varchar(400)"));
    List<LoadedMigration> original = MigrationLoader.fromSources(sources, loader, List.of(), cache);
    Path originalEntry = entries(cache).get(0);
    List<LoadedMigration> other = MigrationLoader.fromSources(edited, loader, List.of(), cache);
    Path otherEntry = entries(cache).stream().filter(e -> !e.equals(originalEntry)).findFirst().orElseThrow();
    assertThat(other.get(1).checksum()).isNotEqualTo(original.get(1).checksum());

    // Swap the class kept for the first sources: loading them again (this process's memory holds the other
    // sources now) runs what the cache holds, so nothing was compiled.
    String addEmailClass = GOOD + ".M20260102_0900_add_email.class";
    Files.copy(otherEntry.resolve(addEmailClass), originalEntry.resolve(addEmailClass), StandardCopyOption.REPLACE_EXISTING);
    List<LoadedMigration> fromCache = MigrationLoader.fromSources(sources, loader, List.of(), cache);
    assertThat(fromCache.get(1).checksum()).isEqualTo(other.get(1).checksum());
    assertThat(fromCache.get(1).info().source()).isEqualTo(sources.resolve(ADD_EMAIL).toString());

    // An entry that cannot be read is no entry: the sources are compiled again.
    MigrationLoader.fromSources(edited, loader, List.of(), cache);
    Files.delete(originalEntry.resolve(addEmailClass));
    assertThat(MigrationLoader.fromSources(sources, loader, List.of(), cache).get(1).checksum())
        .isEqualTo(original.get(1).checksum());
  }

  @Test
  void theCacheKeepsTheMostRecentlyUsedCompilations() throws IOException {
    Path cache = temp.resolve("cache");
    Files.createDirectories(cache);
    for (int i = 0; i < CompiledClassCache.KEEP + 4; i++) {
      Path old = Files.createDirectory(cache.resolve("old" + i));
      Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    Path sources = temp.resolve("sources");
    copyGoodSources(sources);

    MigrationLoader.fromSources(sources, loader, List.of(), cache);

    List<String> kept = entries(cache).stream().map(p -> p.getFileName().toString()).toList();
    assertThat(kept).hasSize(CompiledClassCache.KEEP).doesNotContain("old0", "old1", "old2", "old3", "old4")
        .contains("old5", "old" + (CompiledClassCache.KEEP + 3));
  }

  @Test
  void checksumChangesWhenAnOpChanges() throws IOException {
    copyGoodSources(temp);
    List<LoadedMigration> before = MigrationLoader.fromSources(temp, loader);
    Path addEmail = temp.resolve(ADD_EMAIL);
    String edited = Files.readString(addEmail).replace("varchar(320)", "varchar(400)");
    Files.writeString(addEmail, edited);

    List<LoadedMigration> after = MigrationLoader.fromSources(temp, loader);

    assertThat(after.get(1).checksum()).isNotEqualTo(before.get(1).checksum());
    assertThat(after.get(0).checksum()).isEqualTo(before.get(0).checksum());
  }

  @Test
  void checksumIgnoresFormattingAndComments() throws IOException {
    copyGoodSources(temp);
    List<LoadedMigration> before = MigrationLoader.fromSources(temp, loader);
    Path addEmail = temp.resolve(ADD_EMAIL);
    Files.writeString(addEmail, Files.readString(addEmail)
        .replace("op.addColumn(\"users\", column(\"email\", varchar(320)));",
            "// a comment\n    op.addColumn(\n        \"users\",\n        column(\"email\", varchar(320)));"));

    assertThat(MigrationLoader.fromSources(temp, loader).get(1).checksum()).isEqualTo(before.get(1).checksum());
  }

  @Test
  void compileErrorNamesFileAndLine() throws IOException {
    write(temp.resolve("sub/M_bad.java"), """
        package bad;

        public final class M_bad {
          void f() {
            int x = 1
          }
        }
        """);

    assertThatThrownBy(() -> MigrationLoader.fromSources(temp, loader))
        .isInstanceOf(MigrationLoadException.class)
        .hasMessage("sub/M_bad.java:5: error: ';' expected");
  }

  @Test
  void compileErrorIsOneLineAndCountsTheRest() throws IOException {
    write(temp.resolve("M_missing.java"), """
        package bad;

        public final class M_missing {
          Missing a;
          AlsoMissing b;
        }
        """);

    assertThatThrownBy(() -> MigrationLoader.fromSources(temp, loader))
        .isInstanceOf(MigrationLoadException.class)
        .hasMessage("M_missing.java:4: error: cannot find symbol; symbol: class Missing; location: class bad.M_missing"
            + " (and 1 more error)");
  }

  @Test
  void duplicateIdInSourcesNamesBothFiles() throws IOException {
    for (String name : List.of("A", "B")) {
      write(temp.resolve("M_" + name + ".java"), """
          package dup;

          import dev.autogen.runtime.Migration;
          import dev.autogen.runtime.Operations;
          import dev.autogen.runtime.Revision;

          @Revision(id = "same")
          public final class M_%s implements Migration {
            @Override public void upgrade(Operations op) {}
            @Override public void downgrade(Operations op) {}
          }
          """.formatted(name));
    }

    assertThatThrownBy(() -> MigrationLoader.fromSources(temp, loader))
        .isInstanceOf(MigrationLoadException.class)
        .hasMessage("duplicate revision id 'same' in " + temp.resolve("M_A.java") + " and " + temp.resolve("M_B.java")
            + "; give one of them a new id");
  }

  @Test
  void revisionOnANonMigrationSourceNamesTheFile() throws IOException {
    write(temp.resolve("NotOne.java"), """
        package wrong;

        @dev.autogen.runtime.Revision(id = "n1")
        public final class NotOne {}
        """);

    assertThatThrownBy(() -> MigrationLoader.fromSources(temp, loader))
        .isInstanceOf(MigrationLoadException.class)
        .hasMessage(temp.resolve("NotOne.java") + ": wrong.NotOne carries @Revision but does not implement"
            + " dev.autogen.runtime.Migration");
  }

  @Test
  void extraClassPathIsSeenByTheCompilerAndTheLoadedClasses() throws IOException {
    Path helperSource = write(temp.resolve("helper/entities/Names.java"), """
        package entities;

        public final class Names {
          public static final String TABLE = "people";
        }
        """);
    Path helperClasses = javac(temp.resolve("helper-classes"), helperSource);
    Path migrations = temp.resolve("migrations");
    write(migrations.resolve("M1.java"), """
        package app.migrations;

        import dev.autogen.runtime.Migration;
        import dev.autogen.runtime.Operations;
        import dev.autogen.runtime.Revision;

        @Revision(id = "p1")
        public final class M1 implements Migration {
          @Override public void upgrade(Operations op) { op.dropTable(entities.Names.TABLE + "_" + new entities.Names()); }
          @Override public void downgrade(Operations op) {}
        }
        """);

    assertThatThrownBy(() -> MigrationLoader.fromSources(migrations, loader))
        .isInstanceOf(MigrationLoadException.class)
        .hasMessageStartingWith("M1.java:9: error: package entities does not exist");

    List<LoadedMigration> loaded = MigrationLoader.fromSources(migrations, loader, List.of(helperClasses));
    RecordingOperations ops = new RecordingOperations();
    loaded.get(0).migration().upgrade(ops);
    assertThat(ops.ops()).singleElement().isInstanceOfSatisfying(Op.DropTable.class,
        d -> assertThat(d.name()).startsWith("people_entities.Names@"));
  }

  @Test
  void aChangedApplicationClassCompilesAgainOnlyWhereTheMigrationsLookedForIt() throws IOException {
    Path helperClasses = temp.resolve("helper-classes");
    javac(helperClasses, write(temp.resolve("helper/entities/Names.java"), """
        package entities;

        public final class Names {
          public static final String TABLE = "people";
        }
        """), write(temp.resolve("helper/other/Unused.java"), """
        package other;

        public final class Unused {}
        """));
    Path migrations = temp.resolve("migrations");
    write(migrations.resolve("M1.java"), """
        package app.migrations;

        import dev.autogen.runtime.Migration;
        import dev.autogen.runtime.Operations;
        import dev.autogen.runtime.Revision;

        @Revision(id = "p1")
        public final class M1 implements Migration {
          @Override public void upgrade(Operations op) { op.dropTable(entities.Names.TABLE); }
          @Override public void downgrade(Operations op) {}
        }
        """);
    Path cache = temp.resolve("cache");
    Path elsewhere = temp.resolve("elsewhere");
    copyGoodSources(elsewhere);
    MigrationLoader.fromSources(migrations, loader, List.of(helperClasses), cache);
    Path marker = Files.createFile(entries(cache).get(0).resolve("marker"));

    // A class in a package the compiler never looked into: the kept classes are still good.
    javac(helperClasses, write(temp.resolve("helper/other/Unused.java"), """
        package other;

        public final class Unused { int changed; }
        """));
    MigrationLoader.fromSources(elsewhere, loader);
    assertThat(droppedTable(MigrationLoader.fromSources(migrations, loader, List.of(helperClasses), cache))).isEqualTo("people");
    assertThat(marker).exists();

    // The constant the migration compiled in has changed: compiled again, and the entry replaced.
    javac(helperClasses, write(temp.resolve("helper/entities/Names.java"), """
        package entities;

        public final class Names {
          public static final String TABLE = "persons";
        }
        """));
    MigrationLoader.fromSources(elsewhere, loader);
    assertThat(droppedTable(MigrationLoader.fromSources(migrations, loader, List.of(helperClasses), cache))).isEqualTo("persons");
    assertThat(marker).doesNotExist();
    assertThat(entries(cache)).hasSize(1);
  }

  private static String droppedTable(List<LoadedMigration> loaded) {
    RecordingOperations ops = new RecordingOperations();
    loaded.get(0).migration().upgrade(ops);
    return ((Op.DropTable) ops.ops().get(0)).name();
  }

  @Test
  void missingDirectory() {
    Path nowhere = temp.resolve("nowhere");
    assertThatThrownBy(() -> MigrationLoader.fromSources(nowhere, loader))
        .isInstanceOf(MigrationLoadException.class)
        .hasMessage("migrations directory " + nowhere + " does not exist");
  }

  @Test
  void emptyDirectoryHasNoMigrations() {
    assertThat(MigrationLoader.fromSources(temp, loader)).isEmpty();
  }

  // ---- canonical text ------------------------------------------------------------------------------

  @Test
  void canonicalTextListsOpsAndStopsWhereTheConnectionIsAsked() {
    Migration dataMigration = new Migration() {
      @Override
      public void upgrade(Operations op) {
        op.execute("update users set name = ? where id = ?", new byte[] {1, 2}, 7);
        op.connection();
        op.dropTable("never recorded");
      }

      @Override
      public void downgrade(Operations op) {
        throw new UnsupportedOperationException("no way back " + System.nanoTime());
      }
    };

    assertThat(LoadedMigration.canonicalText(dataMigration)).isEqualTo("""
        upgrade
        Execute[sql=update users set name = ? where id = ?, parameters=[bytes:0102, 7], reverseSql=null]
        ! connection requested
        downgrade
        ! stopped by java.lang.UnsupportedOperationException
        """);
    assertThat(LoadedMigration.checksum(dataMigration)).isEqualTo(LoadedMigration.checksum(dataMigration));
  }

  // ---- helpers -------------------------------------------------------------------------------------

  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> entries = Files.list(cache)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static void copyGoodSources(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(GOOD_SOURCES)) {
      for (Path p : files.toList()) {
        Files.copy(p, target.resolve(p.getFileName()));
      }
    }
    assertThat(target.resolve(CREATE_USERS)).exists();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static Path javac(Path out, Path... sources) throws IOException {
    Files.createDirectories(out);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String[] args = new String[sources.length + 4];
    args[0] = "-d";
    args[1] = out.toString();
    args[2] = "-classpath";
    args[3] = System.getProperty("java.class.path");
    for (int i = 0; i < sources.length; i++) {
      args[4 + i] = sources[i].toString();
    }
    assertThat(compiler.run(null, null, null, args)).isZero();
    return out;
  }

  /** A jar with directory entries, as build tools write them. */
  private static Path jar(Path jar, Path classes) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.sorted().toList()) {
        String name = classes.relativize(p).toString().replace('\\', '/');
        if (name.isEmpty()) {
          continue;
        }
        if (Files.isDirectory(p)) {
          zip.putNextEntry(new JarEntry(name + "/"));
        } else {
          zip.putNextEntry(new JarEntry(name));
          zip.write(Files.readAllBytes(p));
        }
        zip.closeEntry();
      }
    }
    return jar;
  }
}
