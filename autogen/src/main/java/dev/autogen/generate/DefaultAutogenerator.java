package dev.autogen.generate;

import dev.autogen.cli.Autogenerator;
import dev.autogen.cli.CliException;
import dev.autogen.cli.NewRevision;
import dev.autogen.cli.Reporter;
import dev.autogen.diff.Diff;
import dev.autogen.diff.DiffNote;
import dev.autogen.diff.SchemaDiffer;
import dev.autogen.entity.EntityModel;
import dev.autogen.lint.Finding;
import dev.autogen.lint.Level;
import dev.autogen.lint.LintOptions;
import dev.autogen.lint.Linter;
import dev.autogen.lint.SafeForms;
import dev.autogen.render.ChangeDescriber;
import dev.autogen.render.MigrationRenderer;
import dev.autogen.render.RenderRequest;
import dev.autogen.render.RenderedMigration;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Autogenerate and the drift check: entities against the migrations replayed on a shadow database (the
 * default), or against a live database ({@code --url}), diffed by {@link SchemaDiffer} and written by
 * {@link MigrationRenderer}.
 */
public final class DefaultAutogenerator implements Autogenerator {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmm");

  @Override
  public boolean writeRevision(RevisionRequest request) {
    Reporter reporter = request.reporter();
    try (SchemaSides sides = new SchemaSides(request.settings(), reporter)) {
      boolean live = request.settings().url() != null;
      // The migrations compile, the revision finds its place among them and the baseline is read while
      // Hibernate boots and builds the entities' schema: the two sides share nothing until the diff.
      Future<Schema> baselineSide = sides.inBackground("baseline", () -> {
        sides.timed("loaded the migrations and placed the revision", request::revision);
        return live ? sides.liveSchema(true) : sides.migrationsSchema();
      });
      EntityModel target = sides.entities();
      Schema current = SchemaSides.join(baselineSide);
      NewRevision revision = request.revision();
      Diff diff = sides.timed("compared the schemas", () -> new SchemaDiffer().diff(current, target.schema()));
      if (diff.isEmpty()) {
        return false;
      }
      List<String> warnings = new ArrayList<>();
      for (DiffNote note : diff.notes()) {
        warnings.add(note.text());
      }
      // Safe forms rewrite the ops before anything is rendered or linted, so the file shows what runs.
      LintOptions lintOptions = request.settings().lint();
      SafeForms.Result safe = new SafeForms(lintOptions).apply(diff.ops());
      List<Op> ops = safe.ops();
      boolean transactional = !safe.outsideTransaction() && ops.stream().noneMatch(DefaultAutogenerator::concurrent);
      if (!transactional) {
        warnings.add("runs outside a transaction: if a step fails, the steps before it stay applied and the"
            + " database must be repaired by hand before running it again");
      }
      List<Finding> findings = new Linter(lintOptions.serverVersion()).lint(ops, diff.notes(), transactional);
      RenderedMigration rendered = sides.timed("rendered the migration", () -> new MigrationRenderer().render(
          new RenderRequest(revision.packageName(), revision.id(), revision.parents(), revision.branchLabels(),
              revision.message(), createdAt(revision.id()), ops, target.provenance(), warnings,
              Dialects.named("postgresql"), findings.stream().map(Finding::lineWithAlternative).toList(),
              !safe.outsideTransaction()),
          revision.className()));
      write(revision, rendered);
      reporter.info("Changes (" + rendered.changes().size() + "):");
      for (String change : rendered.changes()) {
        reporter.info("  " + change);
      }
      for (String warning : rendered.warnings()) {
        reporter.warn(warning);
      }
      reportLint(reporter, findings);
      return true;
    }
  }

  /** The lint findings after the changes; error-level ones also as a warning, which --quiet still prints. */
  private static void reportLint(Reporter reporter, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    reporter.info("Lint (" + findings.size() + "):");
    for (Finding f : findings) {
      reporter.info("  " + f.line());
    }
    List<String> errors = findings.stream().filter(f -> f.level() == Level.ERROR).map(f -> f.rule().ruleName())
        .distinct().toList();
    if (!errors.isEmpty()) {
      reporter.warn("lint errors (" + String.join(", ", errors) + "): 'autogen lint' fails until they are fixed or"
          + " accepted with @AcceptLint(rule = \"" + errors.get(0) + "\", reason = \"...\") on the migration");
    }
  }

  private static boolean concurrent(Op op) {
    return (op instanceof Op.CreateIndex c && c.concurrently()) || (op instanceof Op.DropIndex d && d.concurrently());
  }

  @Override
  public void writeBaseline(RevisionRequest request) {
    NewRevision revision = request.revision();
    try (SchemaSides sides = new SchemaSides(request.settings(), request.reporter())) {
      var current = sides.liveHeads();
      if (!current.isEmpty()) {
        throw CliException.failure("the database already has autogen history (at " + SchemaSides.describe(current)
            + "); baseline is for a database that has none");
      }
      Schema live = sides.liveSchema(false);
      if (live.tables().isEmpty() && live.sequences().isEmpty() && live.enumTypes().isEmpty()) {
        throw CliException.failure("the database has nothing to adopt (no tables, sequences or enum types in schema "
            + live.name() + "); write the first revision with 'autogen --message \"initial\"' instead");
      }
      Diff diff = new SchemaDiffer().diff(Schema.empty(live.name()), live);
      RenderedMigration rendered = new MigrationRenderer().render(new RenderRequest(
          revision.packageName(), revision.id(), List.of(), revision.branchLabels(), revision.message(),
          createdAt(revision.id()), diff.ops(), null, List.of(), Dialects.named("postgresql")), revision.className());
      write(revision, rendered);
      // Prove the baseline: replayed on a shadow database it must build exactly what the database has.
      try {
        sides.reloadMigrations();
        Diff rest = new SchemaDiffer().diff(sides.migrationsSchema(), live);
        if (!rest.isEmpty()) {
          throw CliException.failure("the baseline does not rebuild the database exactly ("
              + ChangeDescriber.withoutProvenance().describe(rest.ops().get(0))
              + "); the database uses something autogen cannot read yet, so adopt it by hand with 'autogen revision --empty'");
        }
      } catch (RuntimeException e) {
        deleteQuietly(revision);
        throw e;
      }
      request.reporter().info("The baseline creates " + live.tables().size() + " table(s), "
          + live.sequences().size() + " sequence(s) and " + live.enumTypes().size() + " enum type(s).");
    }
  }

  private static void deleteQuietly(NewRevision revision) {
    try {
      Files.deleteIfExists(revision.file());
    } catch (IOException ignored) {
      // the error being thrown is the one to read
    }
  }

  @Override
  public CheckResult check(CheckRequest request) {
    Reporter reporter = request.reporter();
    List<DriftReport.Difference> differences = new ArrayList<>();
    List<DriftReport.Comparison> comparisons = new ArrayList<>();
    comparisons.add(new DriftReport.Comparison("migrations", "entities"));
    if (request.settings().url() != null) {
      comparisons.add(new DriftReport.Comparison("database", "migrations"));
    }
    try (SchemaSides sides = new SchemaSides(request.settings(), reporter)) {
      Future<Schema> migrationsSide = sides.inBackground("migrations", sides::migrationsSchema);
      EntityModel entities = sides.entities();
      Schema migrations = SchemaSides.join(migrationsSide);
      ChangeDescriber describer = new ChangeDescriber(entities.provenance());
      new SchemaDiffer().diff(migrations, entities.schema()).ops().forEach(op ->
          differences.add(new DriftReport.Difference("migrations", "entities", describer.describe(op))));
      if (request.settings().url() != null) {
        var heads = sides.graph().heads();
        var current = sides.liveHeads();
        if (!current.equals(heads)) {
          differences.add(new DriftReport.Difference("database", "migrations",
              "the database is at " + SchemaSides.describe(current) + ", the migrations' head is " + SchemaSides.describe(heads)));
        }
        Schema live = sides.liveSchema(false);
        ChangeDescriber plain = ChangeDescriber.withoutProvenance();
        new SchemaDiffer().diff(live, migrations).ops().forEach(op ->
            differences.add(new DriftReport.Difference("database", "migrations", plain.describe(op))));
      }
    }
    new DriftReport(comparisons, differences).print(reporter, request.format());
    return differences.isEmpty() ? CheckResult.AGREE : CheckResult.DRIFT;
  }

  private static LocalDateTime createdAt(String revisionId) {
    try {
      return LocalDateTime.parse(revisionId.substring(0, 13), STAMP);
    } catch (RuntimeException e) {
      return LocalDateTime.now();
    }
  }

  /** Writes through a temporary file, so an interrupted run never leaves half a migration behind. */
  private static void write(NewRevision revision, RenderedMigration rendered) {
    try {
      Files.createDirectories(revision.file().getParent());
      var tmp = Files.createTempFile(revision.file().getParent(), ".autogen", ".tmp");
      Files.writeString(tmp, rendered.source(), StandardCharsets.UTF_8);
      Files.move(tmp, revision.file(), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CliException.failure("cannot write " + revision.file() + ": " + e.getMessage());
    }
  }
}
