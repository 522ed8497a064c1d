package dev.autogen.render;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.SqlStatement;
import dev.autogen.runtime.op.IrreversibleOperationException;
import dev.autogen.runtime.op.Op;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders one revision as one Java migration class with JavaPoet: {@code @Revision}, {@code upgrade} with one
 * {@code Operations} call per op, {@code downgrade} with the upgrade's ops reversed in reverse order, and a
 * Javadoc that lets a reviewer see the changes, where they come from, their risks and the SQL without
 * running anything. The same request always gives the same bytes.
 *
 * <p>A {@code CreateTable} whose table lists indexes is written as {@code createTable} followed by one
 * {@code createIndex} per index, in the upgrade and in the downgrade (the reverse of a {@code DropTable}
 * whose definition was read from a database); see {@link RecordedOps}.
 *
 * <p><b>Ops that cannot be reversed.</b> Where an op has no reverse (an added enum value, raw SQL without
 * reverse SQL, a drop whose definition is unknown), the downgrade gets the line
 * {@code // cannot be reversed automatically: <reason>} in its place and goes on with the other ops, and
 * the Javadoc lists the step among the warnings. Throwing instead would make every statement after it
 * unreachable (a compile error) and so force the whole downgrade to be written by hand, for what is most
 * often harmless to leave in place (an extra enum label); the warning tells the reviewer to finish the
 * downgrade by hand where it matters, and {@code autogen check} reports any drift that remains. A
 * {@code validateConstraint} has nothing to undo and gets a comment saying so, as does an {@code execute} whose
 * reverse SQL is empty (a backfill of a column the downgrade drops or relaxes).
 *
 * <p>Lint findings given in the request are listed in the Javadoc under "Lint:", after the warnings.
 */
public final class MigrationRenderer {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm", Locale.ROOT);
  private static final int SLUG_LENGTH = 40;
  /**
   * Source characters of op calls per method: a character of an op call compiles to well under one byte,
   * so a method of this size stays far below the 64 KiB of bytecode a Java method may hold.
   */
  private static final int MAX_METHOD_SOURCE = 30_000;
  private static final Map<String, String> DIALECT_TITLES =
      Map.of("postgresql", "PostgreSQL", "mysql", "MySQL", "mariadb", "MariaDB", "oracle", "Oracle", "sqlserver", "SQL Server");

  /** Renders the migration class of {@code request}, named by its creation time and message. */
  public RenderedMigration render(RenderRequest request) {
    return render(request, className(request.createdAt(), request.message()));
  }

  /** Renders the migration class of {@code request} under a class name already chosen (say, unique in its folder). */
  public RenderedMigration render(RenderRequest request, String className) {
    List<Op> upgrade = RecordedOps.splitTableIndexes(request.upgradeOps());
    ChangeDescriber describer = new ChangeDescriber(request.provenance());
    OpCallRenderer calls = new OpCallRenderer();

    List<CodeBlock> upgradeBody = new ArrayList<>();
    for (Op op : upgrade) {
      upgradeBody.add(CodeBlock.builder().addStatement("$L", calls.call(op)).build());
    }

    Set<String> warnings = new LinkedHashSet<>(request.warnings());
    for (Op op : upgrade) {
      warnings.addAll(describer.risks(op));
    }
    List<CodeBlock> downgradeBody = new ArrayList<>();
    for (int i = upgrade.size() - 1; i >= 0; i--) {
      Op op = upgrade.get(i);
      if (op instanceof Op.ValidateConstraint || (op instanceof Op.Execute e && "".equals(e.reverseSql()))) {
        downgradeBody.add(CodeBlock.of("// nothing to undo: $L\n", JavadocText.lineComment(describer.describe(op))));
        continue;
      }
      Op reverse;
      try {
        reverse = op.reverse();
      } catch (IrreversibleOperationException e) {
        downgradeBody.add(CodeBlock.of("// cannot be reversed automatically: $L\n", JavadocText.lineComment(e.getMessage())));
        warnings.add("not undone by the downgrade: " + e.getMessage());
        continue;
      }
      for (Op step : RecordedOps.splitTableIndexes(reverse)) {
        downgradeBody.add(CodeBlock.builder().addStatement("$L", calls.call(step)).build());
      }
    }

    List<String> changes = upgrade.stream().map(describer::describe).toList();
    List<SqlStatement> sql = request.dialect() == null ? List.of() : sql(request.dialect(), upgrade);
    boolean transactional = request.transactional()
        && upgrade.stream().noneMatch(MigrationRenderer::needsNoTransaction)
        && sql.stream().allMatch(SqlStatement::transactional);

    TypeSpec type = TypeSpec.classBuilder(className)
        .addJavadoc("$L", javadoc(request, changes, List.copyOf(warnings), sql))
        .addAnnotation(revision(request, transactional))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Migration.class)
        .addMethods(methods("upgrade", upgradeBody))
        .addMethods(methods("downgrade", downgradeBody))
        .build();

    JavaFile.Builder file = JavaFile.builder(request.packageName(), type).skipJavaLangImports(true).indent("  ");
    if (!calls.ddlImports().isEmpty()) {
      file.addStaticImport(OpCallRenderer.DDL, calls.ddlImports().toArray(String[]::new));
    }
    if (calls.alterUsed()) {
      file.addStaticImport(OpCallRenderer.COLUMN_CHANGES, "alter");
    }
    String source = file.build().toString();
    return new RenderedMigration(request.packageName(), className, className + ".java", source, changes, List.copyOf(warnings));
  }

  /** The class name for a migration created at {@code createdAt}: {@code M20261124_0930_add_linkedin_url}. */
  public static String className(LocalDateTime createdAt, String message) {
    return "M" + STAMP.format(createdAt) + "_" + slug(message);
  }

  /**
   * The message as a lower-case ASCII identifier part: words joined by {@code _}, accents dropped (and
   * {@code ß}, {@code æ}, {@code ø}, ... spelled in ASCII), at most
   * about 40 characters (cut between words); {@code migration} when nothing is left.
   */
  public static String slug(String message) {
    String latin = (message == null ? "" : message).replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
        .replace("œ", "oe").replace("Œ", "OE").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
        .replace("đ", "d").replace("Đ", "D");
    // Accented letters decompose into a letter and marks (é = e + ´); the marks are dropped.
    String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (slug.length() > SLUG_LENGTH) {
      int cut = slug.lastIndexOf('_', SLUG_LENGTH);
      slug = slug.substring(0, cut > SLUG_LENGTH / 2 ? cut : SLUG_LENGTH).replaceAll("_+$", "");
    }
    return slug.isEmpty() ? "migration" : slug;
  }

  // ---- parts of the class --------------------------------------------------------------------------

  private static AnnotationSpec revision(RenderRequest request, boolean transactional) {
    AnnotationSpec.Builder b = AnnotationSpec.builder(Revision.class).addMember("id", "$S", request.revisionId());
    arrayMember(b, "parents", request.parents());
    arrayMember(b, "branchLabels", request.branchLabels());
    if (!request.message().isEmpty()) {
      b.addMember("message", "$S", request.message());
    }
    if (!transactional) {
      b.addMember("transactional", "$L", false);
    }
    return b.build();
  }

  /** A String[] member: left out when empty, a bare value when single, braces on one line otherwise. */
  private static void arrayMember(AnnotationSpec.Builder b, String name, List<String> values) {
    if (values.size() == 1) {
      b.addMember(name, "$S", values.get(0));
    } else if (values.size() > 1) {
      b.addMember(name, "{$L}", CodeBlock.join(values.stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "));
    }
  }

  /**
   * The {@code upgrade} or {@code downgrade} method with these statements; when they are too many for one
   * method (a Java method holds at most 64 KiB of bytecode: an initial migration of a thousand tables
   * would not compile), the method calls {@code upgrade1}, {@code upgrade2}, ... in turn, each holding
   * statements up to {@link #MAX_METHOD_SOURCE} characters of source.
   */
  private static List<MethodSpec> methods(String name, List<CodeBlock> statements) {
    List<List<CodeBlock>> parts = new ArrayList<>();
    List<CodeBlock> part = new ArrayList<>();
    int size = 0;
    for (CodeBlock statement : statements) {
      int length = statement.toString().length();
      if (!part.isEmpty() && size + length > MAX_METHOD_SOURCE) {
        parts.add(part);
        part = new ArrayList<>();
        size = 0;
      }
      part.add(statement);
      size += length;
    }
    parts.add(part);
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Operations.class, "op");
    if (parts.size() == 1) {
      return List.of(method.addCode(CodeBlock.join(parts.get(0), "")).build());
    }
    List<MethodSpec> partMethods = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String partName = name + (i + 1);
      method.addStatement("$L(op)", partName);
      partMethods.add(MethodSpec.methodBuilder(partName)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(Operations.class, "op")
          .addCode(CodeBlock.join(parts.get(i), ""))
          .build());
    }
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(method.build());
    methods.addAll(partMethods);
    return methods;
  }

  private static boolean needsNoTransaction(Op op) {
    return (op instanceof Op.CreateIndex c && c.concurrently()) || (op instanceof Op.DropIndex d && d.concurrently());
  }

  /** The SQL the upgrade runs: the dialect's statements for each op as the runtime call builds it. */
  private static List<SqlStatement> sql(Dialect dialect, List<Op> upgrade) {
    List<SqlStatement> out = new ArrayList<>();
    for (Op op : upgrade) {
      out.addAll(dialect.toSql(RecordedOps.withoutDefinition(op)));
    }
    return out;
  }

  private static String javadoc(
      RenderRequest request, List<String> changes, List<String> warnings, List<SqlStatement> sql) {
    StringBuilder doc = new StringBuilder();
    doc.append(JavadocText.escape(request.message().isBlank() ? "Revision " + request.revisionId() + "." : request.message()))
        .append('\n');
    if (changes.isEmpty()) {
      doc.append("\n<p>");
      doc.append(request.parents().size() > 1
          ? JavadocText.escape("Merges revisions " + String.join(", ", request.parents()) + "; no schema changes.")
          : "No schema changes.");
      doc.append('\n');
    } else {
      list(doc, "Detected:", changes);
    }
    if (!warnings.isEmpty()) {
      list(doc, "Warnings:", warnings);
    }
    if (!request.lint().isEmpty()) {
      list(doc, "Lint:", request.lint());
    }
    if (!sql.isEmpty()) {
      String title = DIALECT_TITLES.getOrDefault(request.dialect().name(), request.dialect().name());
      doc.append("\n<p>").append(JavadocText.escape(title)).append(":\n<pre>\n");
      for (SqlStatement statement : sql) {
        doc.append(JavadocText.escape(request.dialect().toScript(statement))).append('\n');
      }
      doc.append("</pre>\n");
    }
    return doc.toString();
  }

  private static void list(StringBuilder doc, String title, List<String> lines) {
    doc.append("\n<p>").append(title).append("\n<ul>\n");
    for (String line : lines) {
      doc.append("  <li>").append(JavadocText.escape(line)).append("</li>\n");
    }
    doc.append("</ul>\n");
  }
}
