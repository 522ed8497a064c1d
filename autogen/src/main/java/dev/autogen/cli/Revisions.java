package dev.autogen.cli;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.RevisionInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The revision graph as the commands print it: every revision (newest first), the heads, the branch
 * points and who follows whom.
 */
record Revisions(List<RevisionInfo> all, Set<String> heads, Set<String> branchPoints,
    Map<String, RevisionInfo> byId, Map<String, List<String>> children) {

  /** No revisions at all. */
  static final Revisions NONE = new Revisions(List.of(), Set.of(), Set.of(), Map.of(), Map.of());

  static Revisions of(Autogen engine) {
    List<RevisionInfo> all = newestFirst(engine.revisions());
    Set<String> heads = new LinkedHashSet<>();
    engine.heads().forEach(r -> heads.add(r.id()));
    Set<String> branchPoints = new LinkedHashSet<>();
    engine.branches().forEach(r -> branchPoints.add(r.id()));
    Map<String, RevisionInfo> byId = new LinkedHashMap<>();
    Map<String, List<String>> children = new LinkedHashMap<>();
    for (RevisionInfo r : all) {
      byId.put(r.id(), r);
      for (String parent : r.parents()) {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(r.id());
      }
    }
    return new Revisions(List.copyOf(all), heads, branchPoints, byId, children);
  }

  /**
   * Every revision after all that follow it; among those free to go next, the newest id first (ids
   * begin with their creation time).
   */
  static List<RevisionInfo> newestFirst(List<RevisionInfo> revisions) {
    Map<String, Integer> waitingChildren = new HashMap<>();
    Map<String, RevisionInfo> byId = new HashMap<>();
    for (RevisionInfo r : revisions) {
      byId.put(r.id(), r);
      waitingChildren.putIfAbsent(r.id(), 0);
      for (String parent : r.parents()) {
        waitingChildren.merge(parent, 1, Integer::sum);
      }
    }
    PriorityQueue<RevisionInfo> ready = new PriorityQueue<>(Comparator.comparing(RevisionInfo::id).reversed());
    revisions.stream().filter(r -> waitingChildren.get(r.id()) == 0).forEach(ready::add);
    List<RevisionInfo> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      RevisionInfo next = ready.poll();
      ordered.add(next);
      for (String parent : next.parents()) {
        if (waitingChildren.merge(parent, -1, Integer::sum) == 0 && byId.containsKey(parent)) {
          ready.add(byId.get(parent));
        }
      }
    }
    return ordered;
  }

  RevisionFormat format(Reporter reporter, Settings settings, Set<String> current) {
    return new RevisionFormat(reporter, settings, heads, current, branchPoints);
  }

  /** {@code id} and every revision it follows, directly or not. */
  Set<String> ancestorsOf(String id) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      RevisionInfo r = byId.get(next);
      if (r != null && seen.add(next)) {
        todo.addAll(r.parents());
      }
    }
    return seen;
  }

  /** {@code id} and every revision that follows it, directly or not. */
  Set<String> descendantsOf(String id) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return seen;
  }
}
