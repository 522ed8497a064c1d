package dev.autogen.safety;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backup of a database with PostgreSQL's {@code pg_dump}, found on the {@code PATH}. The connection is
 * given through libpq's environment ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER},
 * {@code PGPASSWORD}, {@code PGSSLMODE}), taken from the JDBC URL, so the password never appears on a
 * command line. The dump is in pg_dump's custom format (for {@code pg_restore}), or plain SQL (for
 * {@code psql}) when the file name ends in {@code .sql}. A failed dump is deleted: it is no backup.
 */
public final class PgDump {
  private static final Pattern JDBC_URL = Pattern.compile("^jdbc:postgresql:(?://([^/?]*))?/?([^?]*)(?:\\?(.*))?$");

  /** What a dump came to: pg_dump's exit code and the first line it wrote to stderr (empty when none). */
  public record Outcome(int exitCode, String firstErrorLine) {
    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  private final Path executable;

  private PgDump(Path executable) {
    this.executable = executable;
  }

  /** pg_dump in one of the directories of {@code path} (a {@code PATH} value), or empty. */
  public static Optional<PgDump> find(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "pg_dump");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(new PgDump(candidate));
      }
    }
    return Optional.empty();
  }

  /** The pg_dump that runs. */
  public Path executable() {
    return executable;
  }

  /**
   * Dumps the database of {@code jdbcUrl} into {@code file}. {@code user} and {@code password} (either may
   * be null) take precedence over those in the URL.
   */
  public Outcome dump(String jdbcUrl, String user, String password, Path file) throws IOException {
    Map<String, String> env = environment(jdbcUrl, user, password);
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--no-password", "--file", file.toString()));
    if (!file.getFileName().toString().endsWith(".sql")) {
      command.add("--format=custom");
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    String stderr;
    try (InputStream err = process.getErrorStream()) {
      stderr = new String(err.readAllBytes(), StandardCharsets.UTF_8);
    }
    int code;
    try {
      code = process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while pg_dump was running", e);
    }
    if (code != 0) {
      Files.deleteIfExists(file);
    }
    String first = stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    return new Outcome(code, first);
  }

  /**
   * libpq's environment for a JDBC URL: {@code jdbc:postgresql://host[:port][,host2[:port2]]/database?params},
   * or {@code jdbc:postgresql:database} for the local server.
   *
   * @throws IllegalArgumentException when the URL is not a PostgreSQL JDBC URL
   */
  static Map<String, String> environment(String jdbcUrl, String user, String password) {
    Matcher m = JDBC_URL.matcher(jdbcUrl == null ? "" : jdbcUrl.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (m.group(3) != null) {
      for (String pair : m.group(3).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    Map<String, String> env = new LinkedHashMap<>();
    List<String> hosts = new ArrayList<>();
    List<String> ports = new ArrayList<>();
    String authority = m.group(1) == null || m.group(1).isEmpty() ? "localhost" : m.group(1);
    for (String hostPort : authority.split(",")) {
      String host = hostPort;
      String port = "5432";
      if (hostPort.startsWith("[")) {
        int close = hostPort.indexOf(']');
        host = hostPort.substring(1, close);
        if (hostPort.length() > close + 2 && hostPort.charAt(close + 1) == ':') {
          port = hostPort.substring(close + 2);
        }
      } else if (hostPort.lastIndexOf(':') > 0) {
        host = hostPort.substring(0, hostPort.lastIndexOf(':'));
        port = hostPort.substring(hostPort.lastIndexOf(':') + 1);
      }
      hosts.add(host.isEmpty() ? "localhost" : host);
      ports.add(port);
    }
    env.put("PGHOST", String.join(",", hosts));
    env.put("PGPORT", String.join(",", ports));
    String database = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
    if (!database.isEmpty()) {
      env.put("PGDATABASE", database);
    }
    String u = user != null ? user : params.get("user");
    if (u != null) {
      env.put("PGUSER", u);
    }
    String p = password != null ? password : params.get("password");
    if (p != null) {
      env.put("PGPASSWORD", p);
    }
    String sslmode = params.get("sslmode");
    if (sslmode == null && "true".equalsIgnoreCase(params.get("ssl"))) {
      sslmode = "verify-full";
    }
    if (sslmode != null) {
      env.put("PGSSLMODE", sslmode);
    }
    return env;
  }
}
