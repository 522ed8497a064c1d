package dev.autogen.safety;

import dev.autogen.diff.Diff;
import dev.autogen.diff.DiffNote;
import dev.autogen.diff.SchemaDiffer;
import dev.autogen.read.DatabaseSchemaReader;
import dev.autogen.read.ReadOptions;
import dev.autogen.render.ChangeDescriber;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.RevisionException;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.internal.LoadedMigration;
import dev.autogen.runtime.internal.RevisionGraph;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Table;
import dev.autogen.shadow.ShadowDatabase;
import dev.autogen.shadow.ShadowServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proves that migrations undo themselves. On a shadow database, each migration of a range is upgraded,
 * downgraded and upgraded again, in upgrade order, with the schema read after every step: the downgrade
 * must give back the schema from before the upgrade, and the second upgrade the schema of the first.
 * Differences are described with {@link ChangeDescriber}, as ops that would turn the earlier schema into
 * the later one (so "added index ix" after a downgrade means the downgrade left the index behind).
 *
 * <p>Migrations outside the range that those in it need are applied once, unchecked. When a step fails the
 * shadow database is rebuilt from nothing up to the migration, so one broken downgrade does not hide the
 * next; when a migration does not even upgrade, the ones after it are not checked.
 */
public final class ReversibilityVerifier {

  /** How one migration came through. */
  public enum Status {
    /** The downgrade restored the schema and the second upgrade matched the first. */
    RESTORED,
    /** A difference between the steps, or a downgrade or second upgrade that failed. */
    NOT_RESTORED,
    /** The upgrade itself failed, so there was nothing to reverse. */
    UPGRADE_FAILED,
    /** Not reached: an earlier migration did not upgrade. */
    NOT_CHECKED
  }

  /**
   * The verdict on one migration.
   *
   * @param revision the migration
   * @param status how it came through
   * @param afterDowngrade what differs after upgrade and downgrade from the schema before the upgrade
   * @param afterSecondUpgrade what differs after the second upgrade from the schema after the first
   * @param failure the step that failed and why ({@code downgrade failed: ...}), or null
   * @param notes differences that do not count against the migration (column order)
   */
  public record Verdict(
      RevisionInfo revision,
      Status status,
      List<String> afterDowngrade,
      List<String> afterSecondUpgrade,
      String failure,
      List<String> notes) {
    public Verdict {
      Objects.requireNonNull(revision, "revision");
      Objects.requireNonNull(status, "status");
      afterDowngrade = List.copyOf(afterDowngrade);
      afterSecondUpgrade = List.copyOf(afterSecondUpgrade);
      notes = List.copyOf(notes);
    }

    /** True when the migration's round trip is proven. */
    public boolean passed() {
      return status == Status.RESTORED;
    }
  }

  private final ShadowServer server;
  private final ReadOptions readOptions;
  private final String schema;
  private final SchemaDiffer differ = new SchemaDiffer();
  private final ChangeDescriber describer = ChangeDescriber.withoutProvenance();

  /**
   * @param server where the shadow database is created
   * @param readOptions which schema (and tables) to compare
   * @param schema the schema migrations run in (null: the connection's), as for {@code Autogen}
   */
  public ReversibilityVerifier(ShadowServer server, ReadOptions readOptions, String schema) {
    this.server = Objects.requireNonNull(server, "server");
    this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
    this.schema = schema;
  }

  /**
   * The revisions a range names, in upgrade order: {@code null} or blank for every revision;
   * {@code START:END} for those from START to END, both included (either side may be empty: base, or every
   * head); one revision alone for just that one. Ends are ids, unique id prefixes, branch labels,
   * {@code head}, {@code heads} or {@code base}.
   *
   * @throws RevisionException when an end names no revision
   */
  public static List<RevisionInfo> select(RevisionGraph graph, String range) {
    List<RevisionInfo> all = graph.revisions().stream().map(LoadedMigration::info).toList();
    if (range == null || range.isBlank()) {
      return all;
    }
    Set<String> chosen;
    int colon = range.indexOf(':');
    if (colon < 0) {
      chosen = Set.of(graph.resolve(range.strip()).id());
    } else {
      String start = range.substring(0, colon).strip();
      String end = range.substring(colon + 1).strip();
      Set<String> ends = end.isEmpty() || end.equals("heads") ? graph.heads()
          : end.equals("base") ? Set.of() : Set.of(graph.resolve(end).id());
      chosen = new HashSet<>();
      for (String id : ends) {
        chosen.add(id);
        chosen.addAll(graph.ancestors(id));
      }
      if (!start.isEmpty() && !start.equals("base")) {
        String from = graph.resolve(start).id();
        Set<String> after = new HashSet<>(graph.descendants(from));
        after.add(from);
        chosen.retainAll(after);
      }
    }
    return all.stream().filter(r -> chosen.contains(r.id())).toList();
  }

  /**
   * Checks each of {@code selected} (revisions of {@code graph}), telling {@code progress} each verdict as
   * it is reached; returns them all, in upgrade order.
   */
  public List<Verdict> verify(RevisionGraph graph, List<RevisionInfo> selected, Consumer<Verdict> progress) {
    Set<String> checked = selected.stream().map(RevisionInfo::id).collect(Collectors.toSet());
    Set<String> needed = new HashSet<>(checked);
    for (String id : checked) {
      needed.addAll(graph.ancestors(id));
    }
    List<LoadedMigration> order = graph.revisions().stream().filter(m -> needed.contains(m.id())).toList();
    List<Verdict> verdicts = new ArrayList<>();
    Run run = new Run(graph);
    try {
      for (int i = 0; i < order.size(); i++) {
        LoadedMigration m = order.get(i);
        Verdict verdict;
        if (!checked.contains(m.id())) {
          String failure = run.upgrade(m.id());
          if (failure == null) {
            continue;
          }
          // A revision the range needs does not upgrade: the ones that follow cannot be reached.
          verdict = new Verdict(m.info(), Status.UPGRADE_FAILED, List.of(), List.of(),
              "upgrade failed (it is outside the range, but the range needs it): " + failure, List.of());
        } else {
          verdict = run.cycle(m.info());
        }
        verdicts.add(verdict);
        progress.accept(verdict);
        if (verdict.status() == Status.UPGRADE_FAILED) {
          for (LoadedMigration rest : order.subList(i + 1, order.size())) {
            if (checked.contains(rest.id())) {
              Verdict skipped = new Verdict(rest.info(), Status.NOT_CHECKED, List.of(), List.of(), null, List.of());
              verdicts.add(skipped);
              progress.accept(skipped);
            }
          }
          break;
        }
      }
    } finally {
      run.close();
    }
    return verdicts;
  }

  /** One shadow database and the engine on it, with the revisions applied so far. */
  private final class Run implements AutoCloseable {
    private final List<dev.autogen.runtime.Migration> migrations;
    private final List<String> applied = new ArrayList<>();
    private ShadowDatabase database;
    private Autogen engine;

    Run(RevisionGraph graph) {
      this.migrations = graph.revisions().stream().map(LoadedMigration::migration).toList();
    }

    /** Upgrade, read, downgrade, read, upgrade, read: the verdict on one migration. */
    Verdict cycle(RevisionInfo revision) {
      String id = revision.id();
      Schema before = read();
      String failure = upgrade(id);
      if (failure != null) {
        return new Verdict(revision, Status.UPGRADE_FAILED, List.of(), List.of(), "upgrade failed: " + failure,
            List.of());
      }
      Schema upgraded = read();
      failure = step(() -> engine().downgrade(id + "-1"));
      if (failure != null) {
        rebuild();
        return new Verdict(revision, Status.NOT_RESTORED, List.of(), List.of(), "downgrade failed: " + failure,
            List.of());
      }
      applied.remove(id);
      Schema downgraded = read();
      List<String> notes = new ArrayList<>();
      List<String> afterDowngrade = differences(before, downgraded, notes);
      failure = upgrade(id);
      if (failure != null) {
        // It upgraded on the state before it once; the migrations after it need it applied.
        applied.add(id);
        rebuild();
        return new Verdict(revision, Status.NOT_RESTORED, afterDowngrade, List.of(),
            "upgrading again failed: " + failure, notes);
      }
      List<String> afterSecondUpgrade = differences(upgraded, read(), notes);
      boolean restored = afterDowngrade.isEmpty() && afterSecondUpgrade.isEmpty();
      return new Verdict(revision, restored ? Status.RESTORED : Status.NOT_RESTORED, afterDowngrade,
          afterSecondUpgrade, null, notes);
    }

    /** Applies {@code id} (and anything it needs that is missing); null, or why it failed. */
    String upgrade(String id) {
      String failure = step(() -> engine().upgrade(id));
      if (failure == null) {
        applied.add(id);
      }
      return failure;
    }

    /** After a failed step the database's state is unknown: start again from nothing. */
    void rebuild() {
      close();
      for (String id : applied) {
        String failure = step(() -> engine().upgrade(id));
        if (failure != null) {
          throw new AutogenException("cannot rebuild the shadow database up to revision " + id
              + " after a failed step: " + failure);
        }
      }
    }

    private String step(Runnable action) {
      try {
        action.run();
        return null;
      } catch (RuntimeException e) {
        return reason(e);
      }
    }

    private Autogen engine() {
      if (engine == null) {
        database = server.createDatabase();
        engine = Autogen.configure()
            .url(database.url(), database.user(), database.password())
            .migrations(migrations)
            .schema(schema)
            .build();
      }
      return engine;
    }

    private Schema read() {
      engine();
      try (Connection c = database.connection()) {
        return new DatabaseSchemaReader(readOptions).read(c);
      } catch (SQLException e) {
        throw new AutogenException("cannot read the shadow database " + database.name() + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      if (database != null) {
        database.close();
      }
      database = null;
      engine = null;
    }
  }

  /** The cause of a failed step in one line: the database's words where it has them, not the engine's frame. */
  private static String reason(Throwable e) {
    Throwable shown = e instanceof AutogenException && e.getCause() != null ? e.getCause() : e;
    String text = shown.getMessage() == null ? shown.toString() : shown.getMessage();
    return text.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  // ---- comparing ---------------------------------------------------------------------------------------

  /**
   * What differs from {@code earlier} to {@code later}, one line each: the differ's ops and the differences
   * it can only note; then, where the differ sees nothing, what still makes the two unequal (a constraint
   * re-created under another name, which the differ matches by what it constrains). A change of column
   * order goes to {@code notes}: PostgreSQL adds a column at the end, so a downgrade that re-adds a dropped
   * column cannot put it back in its place.
   */
  List<String> differences(Schema earlier, Schema later, List<String> notes) {
    List<String> out = new ArrayList<>();
    Diff diff = differ.diff(earlier, later);
    for (Op op : diff.ops()) {
      out.add(describer.describe(op));
    }
    for (DiffNote note : diff.notes(DiffNote.Kind.MANUAL)) {
      out.add(note.text());
    }
    for (Table t : earlier.tables()) {
      later.table(t.name()).ifPresent(l -> {
        List<String> a = t.columns().stream().map(Column::name).toList();
        List<String> b = l.columns().stream().map(Column::name).toList();
        if (!a.equals(b) && new TreeSet<>(a).equals(new TreeSet<>(b))) {
          String note = "column order of " + t.name() + " changed from (" + String.join(", ", a) + ") to ("
              + String.join(", ", b) + ")";
          if (!notes.contains(note)) {
            notes.add(note);
          }
        }
      });
    }
    if (out.isEmpty()) {
      out.addAll(residual(earlier, later));
    }
    return out;
  }

  /** Inequalities the differ does not report, named by table and part. */
  private static List<String> residual(Schema earlier, Schema later) {
    List<String> out = new ArrayList<>();
    for (Table a : earlier.tables()) {
      Table b = later.table(a.name()).orElse(null);
      if (b == null) {
        continue;
      }
      compare(out, "table " + a.name() + ": primary key", nullable(a.primaryKey()), nullable(b.primaryKey()),
          Object::toString);
      compare(out, "table " + a.name() + ": unique constraints", a.uniqueConstraints(), b.uniqueConstraints(),
          u -> u.name() + "(" + String.join(", ", u.columns()) + ")");
      compare(out, "table " + a.name() + ": check constraints", a.checkConstraints(), b.checkConstraints(),
          c -> c.name() + " " + c.expression());
      compare(out, "table " + a.name() + ": foreign keys", a.foreignKeys(), b.foreignKeys(),
          f -> f.name() + "(" + String.join(", ", f.columns()) + ") -> " + f.referencedTable());
      compare(out, "table " + a.name() + ": indexes", a.indexes(), b.indexes(), i -> i.name());
      compare(out, "table " + a.name() + ": columns", sortedColumns(a), sortedColumns(b), Object::toString);
      if (!Objects.equals(a.comment(), b.comment())) {
        out.add("table " + a.name() + ": comment differs");
      }
    }
    compare(out, "sequences", earlier.sequences(), later.sequences(), Object::toString);
    compare(out, "enum types", earlier.enumTypes(), later.enumTypes(), Object::toString);
    return out;
  }

  private static <T> void compare(List<String> out, String what, List<T> a, List<T> b, Function<T, String> name) {
    Set<T> onlyA = new LinkedHashSet<>(a);
    onlyA.removeAll(new HashSet<>(b));
    Set<T> onlyB = new LinkedHashSet<>(b);
    onlyB.removeAll(new HashSet<>(a));
    if (onlyA.isEmpty() && onlyB.isEmpty()) {
      return;
    }
    out.add(what + " differ: " + (onlyA.isEmpty() ? "" : "before " + join(onlyA, name))
        + (onlyA.isEmpty() || onlyB.isEmpty() ? "" : ", ")
        + (onlyB.isEmpty() ? "" : "after " + join(onlyB, name)));
  }

  private static <T> String join(Set<T> items, Function<T, String> name) {
    return items.stream().map(name).collect(Collectors.joining(", "));
  }

  private static <T> List<T> nullable(T value) {
    return value == null ? List.of() : List.of(value);
  }

  private static List<Column> sortedColumns(Table t) {
    return t.columns().stream().sorted(Comparator.comparing(Column::name)).toList();
  }
}
