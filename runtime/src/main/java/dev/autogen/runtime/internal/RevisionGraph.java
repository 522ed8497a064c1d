package dev.autogen.runtime.internal;

import dev.autogen.runtime.MigrationLoadException;
import dev.autogen.runtime.RevisionException;
import dev.autogen.runtime.RevisionInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The revisions and how they follow each other: a directed acyclic graph whose edges are parents (the
 * revisions a revision follows) and depends-on (revisions that must be applied first without being
 * followed). It validates itself when built, resolves targets ({@code head}, {@code heads}, {@code base},
 * ids and unique id prefixes, {@code +N}, {@code -N}, {@code REV+N}, {@code REV-N}, {@code LABEL@head},
 * {@code LABEL@base}, a bare branch label) and plans upgrades and downgrades as Alembic does.
 *
 * <p>The state of a database is its set of current heads (empty: base). The revisions applied are the
 * heads with all their ancestors (through parents and depends-on). Heads are counted along parent edges
 * only: a revision that another only depends on stays a head, as it does in Alembic's version table.
 *
 * <p>Every set of ids this class returns is ordered by id.
 */
public final class RevisionGraph {

  /**
   * One migration to run in a plan, with the database's heads before and after it: write
   * {@code headsAfter} to the version table once the step succeeds.
   */
  public record Step(LoadedMigration migration, boolean upgrade, Set<String> headsBefore, Set<String> headsAfter) {
    public Step {
      Objects.requireNonNull(migration, "migration");
      headsBefore = sorted(headsBefore);
      headsAfter = sorted(headsAfter);
    }

    /** The revision id of the migration. */
    public String id() {
      return migration.id();
    }
  }

  private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");
  private static final Pattern FROM_REVISION = Pattern.compile("(.*[^+-])([+-])(\\d+)");
  private static final Set<String> RESERVED = Set.of("head", "heads", "base");

  private final Map<String, LoadedMigration> byId;
  private final Map<String, String> labels; // branch label -> the revision that carries it
  private final Map<String, Set<String>> parents = new HashMap<>();
  private final Map<String, Set<String>> dependencies = new HashMap<>(); // depends-on, labels resolved
  private final Map<String, Set<String>> children = new HashMap<>();
  private final Map<String, Set<String>> dependents = new HashMap<>();
  private final List<LoadedMigration> ordered;
  private final Map<String, Integer> position = new HashMap<>();

  private RevisionGraph(Map<String, LoadedMigration> byId, Map<String, String> labels) {
    this.byId = byId;
    this.labels = labels;
    for (String id : byId.keySet()) {
      children.put(id, new TreeSet<>());
      dependents.put(id, new TreeSet<>());
    }
    for (LoadedMigration m : byId.values()) {
      RevisionInfo info = m.info();
      Set<String> ps = new TreeSet<>(info.parents());
      parents.put(info.id(), ps);
      for (String p : ps) {
        children.get(p).add(info.id());
      }
      Set<String> ds = new TreeSet<>();
      for (String d : info.dependsOn()) {
        ds.add(byId.containsKey(d) ? d : labels.get(d));
      }
      dependencies.put(info.id(), ds);
      for (String d : ds) {
        dependents.get(d).add(info.id());
      }
    }
    this.ordered = topologicalOrder();
    for (int i = 0; i < ordered.size(); i++) {
      position.put(ordered.get(i).id(), i);
    }
  }

  /**
   * Builds and validates the graph. Throws {@link MigrationLoadException} for an id or label that cannot
   * be used, a duplicate id, a duplicate branch label, a parent or depends-on that no migration has, and a
   * cycle; each names the revisions involved.
   */
  public static RevisionGraph of(Collection<LoadedMigration> migrations) {
    Map<String, LoadedMigration> byId = new TreeMap<>();
    for (LoadedMigration m : migrations) {
      RevisionInfo info = m.info();
      checkName(info.id(), "revision id", info);
      LoadedMigration other = byId.putIfAbsent(info.id(), m);
      if (other != null) {
        throw new MigrationLoadException(duplicateIdMessage(info.id(), other.info().source(), info.source()));
      }
    }
    Map<String, String> labels = new TreeMap<>();
    for (LoadedMigration m : byId.values()) {
      RevisionInfo info = m.info();
      for (String label : info.branchLabels()) {
        checkName(label, "branch label", info);
        if (byId.containsKey(label)) {
          throw new MigrationLoadException(
              "branch label '" + label + "' of revision " + info.id() + " (" + info.source()
                  + ") is also a revision id; choose another label");
        }
        String other = labels.putIfAbsent(label, info.id());
        if (other != null && !other.equals(info.id())) {
          throw new MigrationLoadException(
              "branch label '" + label + "' is on two revisions: " + other + " (" + byId.get(other).info().source()
                  + ") and " + info.id() + " (" + info.source() + "); a label names one branch, rename one of them");
        }
      }
    }
    for (LoadedMigration m : byId.values()) {
      RevisionInfo info = m.info();
      Set<String> seen = new HashSet<>();
      for (String p : info.parents()) {
        if (!seen.add(p)) {
          throw new MigrationLoadException(
              "revision " + info.id() + " (" + info.source() + ") names parent '" + p + "' twice");
        }
        if (!byId.containsKey(p)) {
          throw new MigrationLoadException(
              "revision " + info.id() + " (" + info.source() + ") has parent '" + p
                  + "', which no migration has; restore that migration or fix the parent");
        }
      }
      for (String d : info.dependsOn()) {
        if (!byId.containsKey(d) && !labels.containsKey(d)) {
          throw new MigrationLoadException(
              "revision " + info.id() + " (" + info.source() + ") depends on '" + d
                  + "', which is neither a revision nor a branch label; restore that migration or fix dependsOn");
        }
      }
    }
    return new RevisionGraph(byId, labels);
  }

  static String duplicateIdMessage(String id, String firstSource, String secondSource) {
    return "duplicate revision id '" + id + "' in " + firstSource + " and " + secondSource
        + "; give one of them a new id";
  }

  private static void checkName(String name, String what, RevisionInfo info) {
    String problem = null;
    if (name.isBlank()) {
      problem = "is empty";
    } else if (!name.equals(name.strip()) || name.chars().anyMatch(Character::isWhitespace)) {
      problem = "contains white space";
    } else if (name.contains("@") || name.contains(":") || name.contains("+") || name.contains(",")) {
      problem = "contains one of @ : + , (they separate parts of targets)";
    } else if (RESERVED.contains(name)) {
      problem = "is a reserved word (head, heads, base)";
    } else if (RELATIVE.matcher(name).matches()) {
      problem = "reads as a relative step";
    }
    if (problem != null) {
      throw new MigrationLoadException(
          what + " '" + name + "' in " + info.source() + " " + problem + "; choose another");
    }
  }

  /** Kahn's algorithm; ready revisions are taken smallest id first so the order is stable. */
  private List<LoadedMigration> topologicalOrder() {
    Map<String, Integer> waiting = new HashMap<>();
    TreeSet<String> ready = new TreeSet<>();
    for (String id : byId.keySet()) {
      int n = before(id).size();
      waiting.put(id, n);
      if (n == 0) {
        ready.add(id);
      }
    }
    List<LoadedMigration> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      String id = ready.pollFirst();
      order.add(byId.get(id));
      for (String next : after(id)) {
        if (waiting.merge(next, -1, Integer::sum) == 0) {
          ready.add(next);
        }
      }
    }
    if (order.size() < byId.size()) {
      throw new MigrationLoadException(cycleMessage(waiting));
    }
    return List.copyOf(order);
  }

  private String cycleMessage(Map<String, Integer> waiting) {
    // Walk back along parents/depends-on among the revisions left over until one repeats.
    String start = null;
    for (Map.Entry<String, Integer> e : new TreeMap<>(waiting).entrySet()) {
      if (e.getValue() > 0) {
        start = e.getKey();
        break;
      }
    }
    List<String> path = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    String current = start;
    while (!index.containsKey(current)) {
      index.put(current, path.size());
      path.add(current);
      String next = null;
      for (String b : before(current)) {
        if (waiting.get(b) > 0) {
          next = b;
          break;
        }
      }
      current = next;
    }
    List<String> cycle = new ArrayList<>(path.subList(index.get(current), path.size()));
    cycle.add(current);
    StringBuilder sources = new StringBuilder();
    for (String id : new TreeSet<>(cycle)) {
      sources.append(sources.length() == 0 ? "" : ", ").append(byId.get(id).info().source());
    }
    return "revisions form a cycle: " + String.join(" -> ", cycle)
        + " (each follows or depends on the next; in " + sources + "); fix the parents of one of them";
  }

  /** Parents and dependencies: what must be applied before {@code id}. */
  private Set<String> before(String id) {
    Set<String> out = new TreeSet<>(parents.get(id));
    out.addAll(dependencies.get(id));
    return out;
  }

  /** Children and dependents: what can only be applied after {@code id}. */
  private Set<String> after(String id) {
    Set<String> out = new TreeSet<>(children.get(id));
    out.addAll(dependents.get(id));
    return out;
  }

  // ---- queries -------------------------------------------------------------------------------------

  /** The migration with exactly this id; throws {@link RevisionException} when there is none. */
  public LoadedMigration get(String id) {
    LoadedMigration m = byId.get(id);
    if (m == null) {
      throw unknown(id);
    }
    return m;
  }

  /** True when a migration has exactly this id. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Every revision in topological order (parents and dependencies first; ties by id). */
  public List<LoadedMigration> revisions() {
    return ordered;
  }

  /** The revisions no other revision follows (children through parents only). */
  public Set<String> heads() {
    Set<String> out = new TreeSet<>();
    for (String id : byId.keySet()) {
      if (children.get(id).isEmpty()) {
        out.add(id);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The revisions without parents. */
  public Set<String> bases() {
    Set<String> out = new TreeSet<>();
    for (String id : byId.keySet()) {
      if (parents.get(id).isEmpty()) {
        out.add(id);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** Branch points: revisions that two or more revisions follow. */
  public Set<String> branches() {
    Set<String> out = new TreeSet<>();
    for (String id : byId.keySet()) {
      if (children.get(id).size() > 1) {
        out.add(id);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The revisions that name {@code id} as a parent. */
  public Set<String> children(String id) {
    get(id);
    return Collections.unmodifiableSet(children.get(id));
  }

  /** The revisions {@code id} depends on (branch labels in its {@code dependsOn} resolved to ids). */
  public Set<String> dependencies(String id) {
    get(id);
    return Collections.unmodifiableSet(dependencies.get(id));
  }

  /** Branch labels and the revision each is declared on. */
  public Map<String, String> branchLabels() {
    return Collections.unmodifiableMap(labels);
  }

  /** Everything that must be applied before {@code id}: its parents and dependencies, transitively. */
  public Set<String> ancestors(String id) {
    get(id);
    return Collections.unmodifiableSet(reach(Set.of(id), this::before, false));
  }

  /** Everything that follows or depends on {@code id}, transitively. */
  public Set<String> descendants(String id) {
    get(id);
    return Collections.unmodifiableSet(reach(Set.of(id), this::after, false));
  }

  /**
   * The revisions applied in a database at {@code currentHeads}: the heads and all their ancestors.
   * Throws {@link RevisionException} for a head no migration has.
   */
  public Set<String> applied(Set<String> currentHeads) {
    checkKnown(currentHeads);
    return Collections.unmodifiableSet(reach(currentHeads, this::before, true));
  }

  private Set<String> reach(Set<String> from, Function<String, Set<String>> edges, boolean includeSelf) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>();
    for (String id : from) {
      if (includeSelf) {
        seen.add(id);
      }
      todo.add(id);
    }
    while (!todo.isEmpty()) {
      for (String next : edges.apply(todo.poll())) {
        if (seen.add(next)) {
          todo.add(next);
        }
      }
    }
    return seen;
  }

  /** The heads of an applied set: applied revisions that no applied revision follows. */
  private Set<String> headsOf(Set<String> applied) {
    Set<String> out = new TreeSet<>();
    for (String id : applied) {
      boolean followed = false;
      for (String c : children.get(id)) {
        if (applied.contains(c)) {
          followed = true;
          break;
        }
      }
      if (!followed) {
        out.add(id);
      }
    }
    return out;
  }

  private void checkKnown(Set<String> currentHeads) {
    for (String id : new TreeSet<>(currentHeads)) {
      if (!byId.containsKey(id)) {
        throw new RevisionException(
            "the database is at revision '" + id + "', which no migration has; restore its migration,"
                + " or set the revision with `autogen stamp`");
      }
    }
  }

  // ---- targets -------------------------------------------------------------------------------------

  /**
   * Where a target leads: the revisions that are heads there ({@code revisions}, empty for base), or,
   * when {@code below} is set, the state just before revision {@code below} (it and everything after it
   * not applied; for an upgrade, its parents).
   */
  private record Target(Set<String> revisions, String below) {
    static Target at(Set<String> revisions) {
      return new Target(sorted(revisions), null);
    }

    static Target at(String id) {
      return at(Set.of(id));
    }

    static Target belowOf(String id) {
      return new Target(Set.of(), id);
    }
  }

  /**
   * Resolves a target that names one revision: an id, a unique id prefix, a branch label, {@code head},
   * {@code LABEL@head}, {@code REV+N} or {@code REV-N}. Throws {@link RevisionException} otherwise.
   */
  public LoadedMigration resolve(String revision) {
    Target t = absolute(revision.strip());
    Set<String> ids = t.below() == null ? t.revisions() : parents.get(t.below());
    if (ids.size() != 1) {
      throw new RevisionException(
          "'" + revision.strip() + "' is " + (ids.isEmpty() ? "base" : "several revisions: " + String.join(", ", ids))
              + ", not one revision; give a revision id");
    }
    return byId.get(ids.iterator().next());
  }

  /**
   * The heads a database would have at {@code target}, for {@code stamp}: any target except the relative
   * {@code +N} and {@code -N}. The result is normalized: a revision that another in it follows is dropped,
   * and revisions only depended on are added as heads.
   */
  public Set<String> headsFor(String target) {
    return headsFor(List.of(target));
  }

  /** {@link #headsFor(String)} for several targets together ({@code stamp a1 b2}). */
  public Set<String> headsFor(Collection<String> targets) {
    Set<String> want = new TreeSet<>();
    for (String target : targets) {
      String spec = target.strip();
      if (RELATIVE.matcher(spec).matches()) {
        throw new RevisionException("'" + spec + "' is a relative step; stamp an absolute revision, e.g. head or an id");
      }
      Target t = absolute(spec);
      want.addAll(t.below() == null ? t.revisions() : parents.get(t.below()));
    }
    return Collections.unmodifiableSet(headsOf(reach(want, this::before, true)));
  }

  private Target parse(Set<String> currentHeads, String target) {
    String spec = target.strip();
    Matcher relative = RELATIVE.matcher(spec);
    if (relative.matches()) {
      return walk(headsOf(reach(currentHeads, this::before, true)), relative.group(1).equals("+"),
          Integer.parseInt(relative.group(2)), spec, true);
    }
    return absolute(spec);
  }

  private Target absolute(String spec) {
    if (spec.isEmpty()) {
      throw new RevisionException("no revision given; give a revision id, head, heads or base");
    }
    switch (spec) {
      case "base":
        return Target.at(Set.of());
      case "heads":
        return Target.at(heads());
      case "head":
        return Target.at(singleHead());
      default:
        break;
    }
    if (byId.containsKey(spec)) {
      return Target.at(spec);
    }
    if (labels.containsKey(spec)) {
      return Target.at(labels.get(spec));
    }
    int at = spec.indexOf('@');
    if (at >= 0) {
      return labelTarget(spec, spec.substring(0, at), spec.substring(at + 1));
    }
    Matcher fromRevision = FROM_REVISION.matcher(spec);
    if (fromRevision.matches()) {
      Target from = absolute(fromRevision.group(1));
      if (from.below() != null) {
        throw new RevisionException("'" + spec + "': cannot step from '" + fromRevision.group(1) + "'; give a revision");
      }
      return walk(from.revisions(), fromRevision.group(2).equals("+"), Integer.parseInt(fromRevision.group(3)), spec,
          false);
    }
    return Target.at(byPrefix(spec));
  }

  private String singleHead() {
    Set<String> heads = heads();
    if (heads.size() > 1) {
      throw new RevisionException(
          "several heads: " + String.join(", ", heads) + "; upgrade to 'heads', to one of them, or to LABEL@head,"
              + " or merge them with `autogen merge`");
    }
    if (heads.isEmpty()) {
      throw new RevisionException("there are no migrations, so there is no head; write one with `autogen revision`");
    }
    return heads.iterator().next();
  }

  private Target labelTarget(String spec, String label, String where) {
    String revision = labels.get(label);
    if (revision == null) {
      throw new RevisionException(
          "unknown branch label '" + label + "' in '" + spec + "'"
              + (labels.isEmpty() ? "; no revision has a branch label" : "; labels: " + String.join(", ", labels.keySet())));
    }
    if (where.equals("base")) {
      return Target.belowOf(revision);
    }
    if (!where.equals("head")) {
      throw new RevisionException("'" + spec + "': write " + label + "@head or " + label + "@base");
    }
    Set<String> branchHeads = new TreeSet<>();
    for (String id : reach(Set.of(revision), children::get, true)) {
      if (children.get(id).isEmpty()) {
        branchHeads.add(id);
      }
    }
    if (branchHeads.size() > 1) {
      throw new RevisionException(
          "branch " + label + " has several heads: " + String.join(", ", branchHeads)
              + "; give one of them, or merge them with `autogen merge`");
    }
    return Target.at(branchHeads);
  }

  private String byPrefix(String prefix) {
    List<String> matches = new ArrayList<>();
    for (String id : byId.keySet()) {
      if (id.startsWith(prefix)) {
        matches.add(id);
      }
    }
    if (matches.isEmpty()) {
      throw unknown(prefix);
    }
    if (matches.size() > 1) {
      throw new RevisionException(
          "ambiguous revision '" + prefix + "': it starts " + String.join(", ", matches) + "; give more of the id");
    }
    return matches.get(0);
  }

  private static RevisionException unknown(String id) {
    return new RevisionException("unknown revision '" + id + "'; see `autogen history`");
  }

  /**
   * Steps {@code n} revisions up from {@code start} (each time to the one revision above) or down (each
   * time un-applying the one revision at the top). Stepping down leads to the state just before the last
   * revision stepped off, so {@code a2-1} un-applies a2 and leaves other branches alone.
   * {@code fromCurrent}: start is the database's heads, which shapes the messages.
   */
  private Target walk(Set<String> start, boolean up, int n, String spec, boolean fromCurrent) {
    if (n == 0) {
      return Target.at(start);
    }
    String origin = start.isEmpty() ? "base" : String.join(", ", start);
    Set<String> state = new TreeSet<>(start);
    String below = null;
    for (int step = 1; step <= n; step++) {
      if (up) {
        Set<String> next = new TreeSet<>();
        if (state.isEmpty()) {
          next.addAll(bases());
        } else {
          for (String id : state) {
            next.addAll(children.get(id));
          }
        }
        if (next.isEmpty()) {
          String why = step > 1 ? "only " + count(step - 1) + " above " + origin
              : state.isEmpty() ? "there are no revisions"
              : origin + (state.size() > 1 ? " are heads" : " is a head");
          throw new RevisionException("'" + spec + "' goes past the head: " + why);
        }
        if (next.size() > 1) {
          String from = state.isEmpty() ? "there are several base revisions"
              : state.size() > 1 ? "the heads " + String.join(", ", state) + " have several revisions above them"
              : state.iterator().next() + " has several children";
          throw new RevisionException(
              "'" + spec + "' is ambiguous: " + from + ": " + String.join(", ", next)
                  + "; upgrade to one of them by id, REV+N or LABEL@head");
        }
        state = next;
      } else {
        if (state.isEmpty()) {
          String why = step > 1 ? "only " + count(step - 1) + " below " + origin : "nothing is below base";
          throw new RevisionException("'" + spec + "' goes past base: " + why);
        }
        if (state.size() > 1) {
          String example = state.iterator().next() + "-" + (n - step + 1);
          if (step == 1 && fromCurrent) {
            throw new RevisionException(
                "several heads: " + String.join(", ", state) + "; say which one to step down from, e.g. " + example);
          }
          String why = step == 1 ? origin + " are several revisions"
              : below + " is a merge of " + String.join(", ", state);
          throw new RevisionException(
              "'" + spec + "' is ambiguous: " + why + "; step down from one of them, e.g. " + example);
        }
        below = state.iterator().next();
        state = new TreeSet<>(parents.get(below));
      }
    }
    return up ? Target.at(state) : Target.belowOf(below);
  }

  private static String count(int n) {
    return n + (n == 1 ? " revision" : " revisions");
  }

  // ---- plans ---------------------------------------------------------------------------------------

  /**
   * The migrations to apply, in order, to bring a database at {@code currentHeads} (empty: base) to
   * {@code target}: every revision the target needs (its ancestors through parents and depends-on) that
   * is not applied yet. Empty when nothing is missing.
   */
  public List<Step> upgradePlan(Set<String> currentHeads, String target) {
    checkKnown(currentHeads);
    if (target.strip().startsWith("-") && RELATIVE.matcher(target.strip()).matches()) {
      throw new RevisionException("'" + target.strip() + "' steps down; use downgrade " + target.strip());
    }
    Target t = parse(currentHeads, target);
    Set<String> goal = t.below() == null ? t.revisions() : parents.get(t.below());
    Set<String> applied = reach(currentHeads, this::before, true);
    Set<String> needed = reach(goal, this::before, true);
    List<Step> plan = new ArrayList<>();
    for (LoadedMigration m : ordered) {
      if (needed.contains(m.id()) && !applied.contains(m.id())) {
        Set<String> before = headsOf(applied);
        applied.add(m.id());
        plan.add(new Step(m, true, before, headsOf(applied)));
      }
    }
    return List.copyOf(plan);
  }

  /**
   * The migrations to un-apply, newest first, to bring a database at {@code currentHeads} down to
   * {@code target}: every applied revision that follows or depends on the target, and is not needed by
   * it. Branches that do not descend from the target stay as they are; {@code base} un-applies
   * everything and {@code LABEL@base} the whole branch. {@code -N} and {@code REV-N} un-apply the N
   * revisions stepped over (and whatever follows them), so {@code a2-1} takes a2 off one head and leaves
   * other heads alone. The target must be applied. Each step's {@code headsAfter} is the whole set of heads
   * the version table holds after it.
   */
  public List<Step> downgradePlan(Set<String> currentHeads, String target) {
    checkKnown(currentHeads);
    String spec = target.strip();
    if (spec.startsWith("+") && RELATIVE.matcher(spec).matches()) {
      throw new RevisionException("'" + spec + "' steps up; use upgrade " + spec);
    }
    Target t = parse(currentHeads, spec);
    Set<String> applied = reach(currentHeads, this::before, true);
    Set<String> remove;
    if (t.below() != null) {
      remove = reach(Set.of(t.below()), this::after, true);
    } else if (t.revisions().isEmpty()) {
      remove = new TreeSet<>(applied);
    } else {
      for (String id : t.revisions()) {
        if (!applied.contains(id)) {
          Set<String> heads = headsOf(applied);
          throw new RevisionException(
              "cannot downgrade to " + id + ": it is not applied (the database is at "
                  + (heads.isEmpty() ? "base" : String.join(", ", heads)) + "); use upgrade to go there");
        }
      }
      remove = reach(t.revisions(), this::after, false);
      remove.removeAll(reach(t.revisions(), this::before, true));
    }
    remove.retainAll(applied);
    List<Step> plan = new ArrayList<>();
    for (int i = ordered.size() - 1; i >= 0; i--) {
      LoadedMigration m = ordered.get(i);
      if (remove.contains(m.id())) {
        Set<String> before = headsOf(applied);
        applied.remove(m.id());
        plan.add(new Step(m, false, before, headsOf(applied)));
      }
    }
    return List.copyOf(plan);
  }

  private static Set<String> sorted(Set<String> ids) {
    return Collections.unmodifiableSet(new TreeSet<>(ids));
  }

  @Override
  public String toString() {
    Map<String, Set<String>> view = new LinkedHashMap<>();
    for (LoadedMigration m : ordered) {
      view.put(m.id(), parents.get(m.id()));
    }
    return "RevisionGraph" + view;
  }
}
