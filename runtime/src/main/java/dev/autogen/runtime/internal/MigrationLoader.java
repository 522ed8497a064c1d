package dev.autogen.runtime.internal;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.MigrationLoadException;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.RevisionInfo;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Finds migrations: compiled classes in a package on the class path (applications that migrate at start-up),
 * or {@code .java} sources in a directory, compiled in memory (the CLI runs a freshly generated file with no
 * build step). Both return the migrations ordered by revision id, each with its checksum; any problem is a
 * {@link MigrationLoadException} with one line naming the file or class, and nothing is returned.
 */
public final class MigrationLoader {
  private MigrationLoader() {}

  // ---- class path ----------------------------------------------------------------------------------

  /**
   * Every class in {@code packageName} and its sub-packages, in directories and jars visible to
   * {@code loader}, that carries {@link Revision}; each must implement {@link Migration} and have a public
   * no-argument constructor. Concrete classes that implement Migration without {@code @Revision} are an
   * error too (a forgotten annotation would otherwise skip the migration silently); abstract ones are base
   * classes and are left alone.
   */
  public static List<LoadedMigration> fromClasspath(ClassLoader loader, String packageName) {
    String packagePath = packageName.replace('.', '/');
    Set<String> classNames = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(packagePath);
      while (roots.hasMoreElements()) {
        URL url = roots.nextElement();
        classNames.addAll(classesAt(url, packageName, packagePath));
      }
    } catch (IOException e) {
      throw new MigrationLoadException("cannot list the classes of package " + packageName + ": " + e.getMessage(), e);
    }
    List<Found> found = new ArrayList<>();
    for (String name : classNames) {
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new MigrationLoadException("cannot load class " + name + " from package " + packageName + ": " + e, e);
      }
      Found f = examine(type, name);
      if (f != null) {
        found.add(f);
      }
    }
    return load(found);
  }

  private static List<String> classesAt(URL url, String packageName, String packagePath) throws IOException {
    String protocol = url.getProtocol();
    if (protocol.equals("file")) {
      Path dir;
      try {
        dir = Path.of(url.toURI());
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new MigrationLoadException("cannot read package " + packageName + " at " + url + ": " + e.getMessage(), e);
      }
      List<String> names = new ArrayList<>();
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(p -> p.getFileName().toString().endsWith(".class")).forEach(p -> {
          String relative = dir.relativize(p).toString().replace(File.separatorChar, '/');
          names.add(className(packagePath + "/" + relative));
        });
      }
      return names;
    }
    if (protocol.equals("jar")) {
      var connection = url.openConnection();
      if (!(connection instanceof JarURLConnection)) {
        throw new MigrationLoadException("cannot list package " + packageName + " at " + url + ": not a jar");
      }
      JarURLConnection jar = (JarURLConnection) connection;
      // No cache: the jar file is ours to close, and a jar rebuilt meanwhile is read afresh.
      jar.setUseCaches(false);
      String prefix = jar.getEntryName() == null ? packagePath + "/" : stripSlash(jar.getEntryName()) + "/";
      List<String> names = new ArrayList<>();
      try (JarFile file = jar.getJarFile()) {
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
          String entry = entries.nextElement().getName();
          if (entry.startsWith(prefix) && entry.endsWith(".class")) {
            names.add(className(packagePath + "/" + entry.substring(prefix.length())));
          }
        }
      }
      return names;
    }
    throw new MigrationLoadException(
        "cannot list the classes of package " + packageName + " at " + url + " (" + protocol
            + " URLs are not supported); put the migrations in a directory or jar on the class path");
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static String className(String classFilePath) {
    return classFilePath.substring(0, classFilePath.length() - ".class".length()).replace('/', '.');
  }

  // ---- sources -------------------------------------------------------------------------------------

  /** {@link #fromSources(Path, ClassLoader, List)} without an extra class path. */
  public static List<LoadedMigration> fromSources(Path directory, ClassLoader parent) {
    return fromSources(directory, parent, List.of());
  }

  /**
   * Compiles every {@code .java} file under {@code directory} in memory and loads the migrations among
   * them with a child of {@code parent} (null: this class's loader). The compiler sees the class path of
   * this JVM, the URLs of {@code parent} (when it is a URLClassLoader), the runtime itself and
   * {@code extraClassPath} (entity classes, for instance), which the loaded classes see too.
   *
   * <p>A compile error is reported as its first error, {@code M2026_x.java:12: error: ';' expected} (the
   * file relative to {@code directory}); without a Java compiler (a JRE) the error says to use a JDK.
   */
  public static List<LoadedMigration> fromSources(Path directory, ClassLoader parent, List<Path> extraClassPath) {
    return fromSources(directory, parent, extraClassPath, null);
  }

  /**
   * As {@link #fromSources(Path, ClassLoader, List)}, keeping the compiled classes in {@code cacheDirectory}
   * (null: nowhere), so that a later process finding the same sources, class path and Java version loads
   * them from there instead of compiling (see {@link CompiledClassCache}).
   */
  public static List<LoadedMigration> fromSources(
      Path directory, ClassLoader parent, List<Path> extraClassPath, Path cacheDirectory) {
    ClassLoader base = parent == null ? MigrationLoader.class.getClassLoader() : parent;
    if (!Files.isDirectory(directory)) {
      throw new MigrationLoadException("migrations directory " + directory + " does not exist");
    }
    List<Path> sources;
    try (Stream<Path> files = Files.walk(directory)) {
      sources = files.filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
          .sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new MigrationLoadException("cannot read migrations directory " + directory + ": " + e.getMessage(), e);
    }
    if (sources.isEmpty()) {
      return List.of();
    }
    String key = compilationKey(directory, sources, extraClassPath);
    FutureTask<List<LoadedMigration>> task;
    synchronized (LAST_COMPILATION_LOCK) {
      if (lastCompilation == null || !lastCompilation.key().equals(key) || lastCompilation.parent() != base) {
        lastCompilation = new Compilation(
            key, base, new FutureTask<>(() -> compileAndLoad(directory, sources, base, extraClassPath, cacheDirectory)));
      }
      task = lastCompilation.task();
    }
    // Runs the compilation, or (when another thread is running it) waits for its result.
    task.run();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationLoadException("interrupted while compiling the migrations in " + directory, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new MigrationLoadException("cannot compile migrations in " + directory + ": " + cause, cause);
    }
  }

  /**
   * The last compilation of sources, by what it depends on: a process that asks twice for the same
   * migrations (the CLI places a new revision among them, then replays them) compiles them once, and a
   * second caller waits for a compilation under way instead of starting its own. One entry only, so a
   * long-lived process holds no more than the migrations it loaded last.
   */
  private record Compilation(String key, ClassLoader parent, FutureTask<List<LoadedMigration>> task) {}

  private static final Object LAST_COMPILATION_LOCK = new Object();
  private static Compilation lastCompilation;

  /**
   * What a compilation in this process depends on besides the parent loader: the sources (see
   * {@link #sourcesDigest}) and the extra class path entries with the name, size and modification time of
   * every file in them (a changed entity class compiles the migrations again).
   */
  private static String compilationKey(Path directory, List<Path> sources, List<Path> extraClassPath) {
    StringBuilder text = new StringBuilder().append(sourcesDigest(directory, sources)).append('\n');
    for (Path entry : extraClassPath) {
      text.append(entry.toAbsolutePath().normalize()).append('\n');
      CompiledClassCache.appendFiles(text, entry);
    }
    return CompiledClassCache.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A digest of the sources' directory, names and contents. */
  private static String sourcesDigest(Path directory, List<Path> sources) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
    digest.update((directory.toAbsolutePath().normalize() + "\n").getBytes(StandardCharsets.UTF_8));
    for (Path source : sources) {
      byte[] content;
      try {
        content = Files.readAllBytes(source);
      } catch (IOException e) {
        throw new MigrationLoadException("cannot read " + source + ": " + e.getMessage(), e);
      }
      digest.update(directory.relativize(source).toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(content);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static List<LoadedMigration> compileAndLoad(
      Path directory, List<Path> sources, ClassLoader base, List<Path> extraClassPath, Path cacheDirectory) {
    List<String> classPath = classPath(base, extraClassPath);
    CompiledClassCache cache = null;
    String cacheKey = null;
    Compiled compiled = null;
    if (cacheDirectory != null) {
      cache = new CompiledClassCache(cacheDirectory);
      // The extra entries (the application's classes, which change as it is developed) count only where
      // the compiler looked into them, checked when an entry is read.
      List<String> fixed = new ArrayList<>(classPath);
      for (Path extra : extraClassPath) {
        fixed.remove(extra.toString());
      }
      cacheKey = CompiledClassCache.key(sourcesDigest(directory, sources), fixed, COMPILER_OPTIONS);
      compiled = cache.read(cacheKey, directory, extraClassPath);
    }
    if (compiled == null) {
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      if (compiler == null) {
        throw new MigrationLoadException(
            "this Java runtime (" + System.getProperty("java.home") + ") has no Java compiler, which compiling"
                + " migrations from source needs; run with a JDK instead of a JRE (set JAVA_HOME to a JDK)");
      }
      compiled = compile(compiler, directory, sources, classPath);
      if (cache != null) {
        cache.write(cacheKey, compiled, directory, extraClassPath);
      }
    }

    ClassLoader visible = base;
    if (!extraClassPath.isEmpty()) {
      visible = new URLClassLoader(urls(extraClassPath), base);
    }
    MemoryClassLoader memory = new MemoryClassLoader(compiled.classes(), visible);
    List<Found> found = new ArrayList<>();
    for (Map.Entry<String, Path> e : compiled.sources().entrySet()) {
      String name = e.getKey();
      String source = e.getValue().toString();
      Class<?> type;
      try {
        type = memory.loadClass(name);
      } catch (ClassNotFoundException | LinkageError ex) {
        throw new MigrationLoadException(source + ": cannot load class " + name + ": " + ex, ex);
      }
      Found f = examine(type, source);
      if (f != null) {
        found.add(f);
      }
    }
    return load(found);
  }

  /**
   * Class bytes by binary name, the source file each class came from, and the packages the compiler looked
   * for on the class path (what the classes may depend on there).
   */
  record Compiled(Map<String, byte[]> classes, Map<String, Path> sources, Set<String> classPathPackages) {}

  /** The compiler's options besides the paths. */
  private static final List<String> COMPILER_OPTIONS = List.of(
      // Annotation processors on the application's class path (a JPA metamodel generator, say) have no
      // business running over migrations.
      "-proc:none",
      "-encoding", "UTF-8",
      "-g",
      "-nowarn",
      "-Xlint:none");

  private static Compiled compile(JavaCompiler compiler, Path directory, List<Path> sources, List<String> classPath) {
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, byte[]> classes = new TreeMap<>();
    Map<String, Path> origins = new TreeMap<>();
    Set<String> packages = new TreeSet<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8);
    try (MemoryFileManager files = new MemoryFileManager(standard, classes, origins, packages)) {
      List<String> options = new ArrayList<>(List.of(
          "-classpath", String.join(File.pathSeparator, classPath),
          "-sourcepath", directory.toString()));
      options.addAll(COMPILER_OPTIONS);
      Iterable<? extends JavaFileObject> units = standard.getJavaFileObjectsFromPaths(sources);
      Boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
      if (!Boolean.TRUE.equals(ok)) {
        throw new MigrationLoadException(firstError(directory, diagnostics.getDiagnostics()));
      }
    } catch (IOException e) {
      throw new MigrationLoadException("cannot compile migrations in " + directory + ": " + e.getMessage(), e);
    }
    Map<String, Path> sourceOf = new TreeMap<>();
    for (Map.Entry<String, Path> e : origins.entrySet()) {
      Path relative = directory.toAbsolutePath().normalize().relativize(e.getValue().toAbsolutePath().normalize());
      sourceOf.put(e.getKey(), directory.resolve(relative));
    }
    return new Compiled(classes, sourceOf, packages);
  }

  private static String firstError(Path directory, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d);
      }
    }
    if (errors.isEmpty()) {
      return "migrations in " + directory + " do not compile";
    }
    Diagnostic<? extends JavaFileObject> first = errors.get(0);
    // javac's message may run over several lines (symbol:, location:); one line reads better here.
    String message = first.getMessage(Locale.ENGLISH).strip().replaceAll("\\s*\\R\\s*", "; ").replaceAll("[ \\t]+", " ");
    String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error" + (errors.size() > 2 ? "s" : "") + ")" : "";
    if (first.getSource() == null) {
      return "error: " + message + more;
    }
    String file;
    try {
      Path path = Path.of(first.getSource().toUri());
      Path root = directory.toAbsolutePath().normalize();
      Path absolute = path.toAbsolutePath().normalize();
      file = (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace(File.separatorChar, '/');
    } catch (IllegalArgumentException e) {
      file = first.getSource().getName();
    }
    String line = first.getLineNumber() == Diagnostic.NOPOS ? "" : ":" + first.getLineNumber();
    return file + line + ": error: " + message + more;
  }

  /**
   * What the compiler must see: this JVM's class path, the URLs of the parent loaders, the jar or directory
   * holding the runtime (it may be neither on the class path nor in a URLClassLoader), and the extra entries.
   */
  private static List<String> classPath(ClassLoader parent, List<Path> extra) {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(entry);
      }
    }
    List<String> fromLoaders = new ArrayList<>();
    for (ClassLoader l = parent; l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader) {
        for (URL url : ((URLClassLoader) l).getURLs()) {
          String path = filePath(url);
          if (path != null) {
            fromLoaders.add(path);
          }
        }
      }
    }
    // The innermost loader's entries come last in the walk; put the outermost first, as delegation does.
    Collections.reverse(fromLoaders);
    entries.addAll(fromLoaders);
    CodeSource runtime = Migration.class.getProtectionDomain().getCodeSource();
    if (runtime != null && runtime.getLocation() != null) {
      String path = filePath(runtime.getLocation());
      if (path != null) {
        entries.add(path);
      }
    }
    for (Path p : extra) {
      entries.add(p.toString());
    }
    List<String> existing = new ArrayList<>();
    for (String e : entries) {
      if (Files.exists(Path.of(e))) {
        existing.add(e);
      }
    }
    return existing;
  }

  private static String filePath(URL url) {
    if (!url.getProtocol().equals("file")) {
      return null;
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static URL[] urls(List<Path> paths) {
    URL[] urls = new URL[paths.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = paths.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new MigrationLoadException("cannot use class path entry " + paths.get(i) + ": " + e.getMessage(), e);
      }
    }
    return urls;
  }

  /**
   * Keeps compiled classes in memory, remembers which source file each came from, and which packages the
   * compiler looked for on the class path.
   */
  private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, byte[]> classes;
    private final Map<String, Path> origins;
    private final Set<String> classPathPackages;

    MemoryFileManager(
        StandardJavaFileManager standard, Map<String, byte[]> classes, Map<String, Path> origins, Set<String> classPathPackages) {
      super(standard);
      this.classes = classes;
      this.origins = origins;
      this.classPathPackages = classPathPackages;
    }

    @Override
    public Iterable<JavaFileObject> list(
        JavaFileManager.Location location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse)
        throws IOException {
      if (location == StandardLocation.CLASS_PATH) {
        classPathPackages.add(recurse ? packageName + ".**" : packageName);
      }
      return super.list(location, packageName, kinds, recurse);
    }

    @Override
    public JavaFileObject getJavaFileForInput(JavaFileManager.Location location, String className, JavaFileObject.Kind kind)
        throws IOException {
      if (location == StandardLocation.CLASS_PATH) {
        int dot = className.lastIndexOf('.');
        classPathPackages.add(dot < 0 ? "" : className.substring(0, dot));
      }
      return super.getJavaFileForInput(location, className, kind);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        JavaFileManager.Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      if (sibling != null) {
        try {
          origins.put(className, Path.of(sibling.toUri()));
        } catch (IllegalArgumentException e) {
          // A source that is not a file (none here): the class is still loaded, without a file name.
        }
      }
      return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
        @Override
        public OutputStream openOutputStream() {
          return new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
              super.close();
              classes.put(className, toByteArray());
            }
          };
        }
      };
    }
  }

  /**
   * Defines the compiled classes. It looks at its own classes before asking its parent, so a migration
   * edited since the application was built runs as it is now, not as the copy on the class path.
   */
  private static final class MemoryClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
      super(parent);
      this.classes = new HashMap<>(classes);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> type = findLoadedClass(name);
        if (type == null && classes.containsKey(name)) {
          type = findClass(name);
        }
        if (type == null) {
          return super.loadClass(name, resolve);
        }
        if (resolve) {
          resolveClass(type);
        }
        return type;
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }

  // ---- common --------------------------------------------------------------------------------------

  private record Found(Class<? extends Migration> type, String source) {}

  /** The migration class {@code type} is, or null when it is not one; throws when it is a broken one. */
  private static Found examine(Class<?> type, String source) {
    boolean annotated = type.isAnnotationPresent(Revision.class);
    boolean migration = Migration.class.isAssignableFrom(type);
    if (annotated && !migration) {
      throw new MigrationLoadException(
          where(source, type) + " carries @Revision but does not implement " + Migration.class.getName());
    }
    if (!migration || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    if (!annotated) {
      if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
        return null;
      }
      throw new MigrationLoadException(
          where(source, type) + " implements Migration but has no @Revision; annotate it, or move it out of the"
              + " migrations");
    }
    return new Found(type.asSubclass(Migration.class), source);
  }

  /** The class, prefixed by its source file when it has one. */
  private static String where(String source, Class<?> type) {
    return source.equals(type.getName()) ? type.getName() : source + ": " + type.getName();
  }

  private static List<LoadedMigration> load(List<Found> found) {
    Map<String, LoadedMigration> byId = new TreeMap<>();
    for (Found f : found) {
      RevisionInfo info = RevisionInfo.of(f.type(), f.source());
      LoadedMigration other = byId.get(info.id());
      if (other != null) {
        throw new MigrationLoadException(
            RevisionGraph.duplicateIdMessage(info.id(), other.info().source(), info.source()));
      }
      Migration migration = instantiate(f);
      byId.put(info.id(), new LoadedMigration(info, migration, LoadedMigration.checksum(migration)));
    }
    return List.copyOf(byId.values());
  }

  private static Migration instantiate(Found f) {
    Class<? extends Migration> type = f.type();
    if (!Modifier.isPublic(type.getModifiers())) {
      throw new MigrationLoadException(where(f.source(), type) + " must be public to be run as a migration");
    }
    if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
      throw new MigrationLoadException(
          where(f.source(), type) + " is an inner class; make it static or a top-level class");
    }
    Constructor<? extends Migration> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new MigrationLoadException(where(f.source(), type) + " needs a public constructor without arguments");
    }
    try {
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      throw new MigrationLoadException(where(f.source(), type) + ": its constructor failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new MigrationLoadException(where(f.source(), type) + ": cannot create it: " + e, e);
    }
  }
}
