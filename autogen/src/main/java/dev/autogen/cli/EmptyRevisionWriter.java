package dev.autogen.cli;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.schema.Ddl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.lang.model.element.Modifier;

/** Writes the file of {@code autogen revision --empty}: a revision whose upgrade and downgrade are to be written by hand. */
final class EmptyRevisionWriter {
  private EmptyRevisionWriter() {}

  static String render(NewRevision revision) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(Revision.class).addMember("id", "$S", revision.id());
    revision.parents().forEach(p -> annotation.addMember("parents", "$S", p));
    revision.branchLabels().forEach(l -> annotation.addMember("branchLabels", "$S", l));
    revision.dependsOn().forEach(d -> annotation.addMember("dependsOn", "$S", d));
    annotation.addMember("message", "$S", revision.message());

    MethodSpec upgrade = MethodSpec.methodBuilder("upgrade")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Operations.class, "op")
        .addComment("Write the upgrade here, e.g. op.addColumn(\"users\", column(\"role\", varchar(50)));")
        .build();
    MethodSpec downgrade = MethodSpec.methodBuilder("downgrade")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Operations.class, "op")
        .addComment("Undo the upgrade here, e.g. op.dropColumn(\"users\", \"role\");")
        .build();
    TypeSpec type = TypeSpec.classBuilder(revision.className())
        .addJavadoc("$L\n", javadocText(revision.message()))
        .addAnnotation(annotation.build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Migration.class)
        .addMethod(upgrade)
        .addMethod(downgrade)
        .build();
    return JavaFile.builder(revision.packageName(), type)
        .addStaticImport(Ddl.class, "*")
        .addStaticImport(dev.autogen.runtime.op.ColumnChanges.class, "alter")
        .skipJavaLangImports(true)
        .build()
        .toString();
  }

  /** Writes the file, creating its directory; refuses to overwrite. */
  static void write(NewRevision revision) {
    try {
      Files.createDirectories(revision.file().getParent());
      Files.writeString(revision.file(), render(revision), StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE_NEW);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw CliException.failure(revision.file() + " already exists; nothing written");
    } catch (IOException e) {
      throw CliException.failure("cannot write " + revision.file() + ": " + e.getMessage(), e);
    }
  }

  /** The message as Javadoc text: a comment terminator inside it would end the comment. */
  private static String javadocText(String message) {
    String text = message.isBlank() ? "(no message)" : message.strip();
    return text.replace("*/", "*&#47;");
  }
}
