package dev.autogen.runtime.internal;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.op.Op;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A migration ready to run: what its {@code @Revision} says, the instance, and the checksum of the ops it
 * emits.
 *
 * <p>The checksum is taken over the ops (as recorded by {@link RecordingOperations}), not over class bytes,
 * so the same migration compiled from source by the CLI and compiled by the application's build has the
 * same checksum, and an edit that changes what it does changes it.
 */
public record LoadedMigration(RevisionInfo info, Migration migration, String checksum) {

  public LoadedMigration {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(checksum, "checksum");
  }

  /** Reads the revision from {@code migration}'s annotation and computes its checksum. */
  public static LoadedMigration of(Migration migration, String source) {
    return new LoadedMigration(RevisionInfo.of(migration.getClass(), source), migration, checksum(migration));
  }

  /** Uses the given revision (for migrations built in code) and computes the checksum. */
  public static LoadedMigration of(RevisionInfo info, Migration migration) {
    return new LoadedMigration(info, migration, checksum(migration));
  }

  /** The revision id. */
  public String id() {
    return info.id();
  }

  /** SHA-256 of {@link #canonicalText(Migration)}, first 16 bytes, in hex. */
  public static String checksum(Migration migration) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(canonicalText(migration).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java runtime has no SHA-256", e);
    }
  }

  /**
   * The text the checksum is taken over: the ops of {@code upgrade} then of {@code downgrade}, one line
   * each. Where a method asks for the connection (Java data migrations) or fails while recording, its
   * recording stops with a marker line: what follows depends on the database and cannot be recorded.
   */
  public static String canonicalText(Migration migration) {
    StringBuilder text = new StringBuilder();
    record(text, "upgrade", migration, true);
    record(text, "downgrade", migration, false);
    return text.toString();
  }

  private static void record(StringBuilder text, String name, Migration migration, boolean upgrade) {
    RecordingOperations ops = new RecordingOperations();
    String stop = null;
    try {
      if (upgrade) {
        migration.upgrade(ops);
      } else {
        migration.downgrade(ops);
      }
    } catch (ConnectionRequestedException e) {
      stop = "! connection requested";
    } catch (RuntimeException e) {
      // Only the exception type: its message may hold values that differ between runs.
      stop = "! stopped by " + e.getClass().getName();
    }
    text.append(name).append('\n');
    for (Op op : ops.ops()) {
      text.append(line(op)).append('\n');
    }
    if (stop != null) {
      text.append(stop).append('\n');
    }
  }

  /** The op's toString, except that values given as plain objects are written in a form stable across runs. */
  private static String line(Op op) {
    if (op instanceof Op.Execute) {
      Op.Execute e = (Op.Execute) op;
      return "Execute[sql=" + e.sql() + ", parameters=" + value(e.parameters()) + ", reverseSql=" + e.reverseSql() + "]";
    }
    if (op instanceof Op.BulkInsert) {
      Op.BulkInsert b = (Op.BulkInsert) op;
      return "BulkInsert[schema=" + b.schema() + ", table=" + b.table() + ", columns=" + b.columns()
          + ", rows=" + value(b.rows()) + "]";
    }
    return op.toString();
  }

  private static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof byte[]) {
      return "bytes:" + HexFormat.of().formatHex((byte[]) v);
    }
    if (v instanceof Object[]) {
      return value(List.of((Object[]) v));
    }
    if (v.getClass().isArray()) {
      // Primitive arrays other than byte[]: box element by element.
      int n = java.lang.reflect.Array.getLength(v);
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < n; i++) {
        out.append(i == 0 ? "" : ", ").append(java.lang.reflect.Array.get(v, i));
      }
      return out.append(']').toString();
    }
    if (v instanceof java.util.Date) {
      // Date.toString and Timestamp.toString depend on the time zone of the machine.
      return v.getClass().getSimpleName() + "@" + ((java.util.Date) v).getTime()
          + (v instanceof java.sql.Timestamp ? "." + ((java.sql.Timestamp) v).getNanos() : "");
    }
    if (v instanceof Collection) {
      StringBuilder out = new StringBuilder("[");
      boolean first = true;
      for (Object o : (Collection<?>) v) {
        out.append(first ? "" : ", ").append(value(o));
        first = false;
      }
      return out.append(']').toString();
    }
    if (v instanceof Map) {
      return value(((Map<?, ?>) v).entrySet().stream().map(e -> value(e.getKey()) + "=" + value(e.getValue())).sorted().toList());
    }
    return v.toString();
  }
}
