package dev.autogen.runtime.dialect;

import java.util.ServiceLoader;

/** Finds the {@link Dialect} for a JDBC URL among those on the class path. */
public final class Dialects {
  private Dialects() {}

  /** The dialect serving {@code jdbcUrl}; throws with the list of supported databases when none does. */
  public static Dialect forUrl(String jdbcUrl) {
    StringBuilder known = new StringBuilder();
    for (Dialect d : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
      if (d.accepts(jdbcUrl)) {
        return d;
      }
      known.append(known.isEmpty() ? "" : ", ").append(d.name());
    }
    throw new IllegalArgumentException(
        "no autogen dialect serves " + redact(jdbcUrl) + "; supported databases: " + known);
  }

  /** The dialect with the given short name. */
  public static Dialect named(String name) {
    for (Dialect d : ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader())) {
      if (d.name().equalsIgnoreCase(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException("no autogen dialect named " + name);
  }

  /** The URL with any password parameter masked, for messages. */
  public static String redact(String jdbcUrl) {
    if (jdbcUrl == null) {
      return null;
    }
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):([^@/]+)@", "//$1:***@");
  }
}
