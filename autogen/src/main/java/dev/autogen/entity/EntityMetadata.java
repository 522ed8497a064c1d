package dev.autogen.entity;

import dev.autogen.model.Provenance;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * Hibernate's boot metamodel of the entities, built without a database connection: the PostgreSQL dialect
 * is set explicitly and JDBC metadata access is off. Gives Hibernate's own schema-creation script and the
 * provenance of each table and column. Holds a service registry and (for a scanned class path) a class
 * loader: close it when done.
 */
public final class EntityMetadata implements AutoCloseable {
  /**
   * Settings applied before the caller's: the PostgreSQL dialect, no JDBC access during boot, and schemas
   * created for tables that name one (so the script runs on an empty database).
   */
  public static final Map<String, String> DEFAULT_SETTINGS = Map.of(
      "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect",
      "hibernate.boot.allow_jdbc_metadata_access", "false",
      "hibernate.hbm2ddl.create_namespaces", "true",
      "hibernate.format_sql", "false");

  private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*");

  private final Metadata metadata;
  private final StandardServiceRegistry registry;
  private final URLClassLoader ownLoader;
  private final List<String> classNames;

  private EntityMetadata(Metadata metadata, StandardServiceRegistry registry, URLClassLoader ownLoader, List<String> classNames) {
    this.metadata = metadata;
    this.registry = registry;
    this.ownLoader = ownLoader;
    this.classNames = classNames;
  }

  /**
   * Boots Hibernate's metamodel for the classes of {@code source}. {@code settings} are Hibernate settings
   * passed through (e.g. {@code hibernate.physical_naming_strategy}, {@code hibernate.implicit_naming_strategy},
   * {@code hibernate.globally_quoted_identifiers}); they override {@link #DEFAULT_SETTINGS}.
   *
   * @throws EntityModelException on a mapping error, when no entities are found, or when a class cannot be loaded
   */
  public static EntityMetadata boot(EntitySource source, Map<String, String> settings) {
    List<Class<?>> classes = new ArrayList<>();
    List<String> packages = new ArrayList<>();
    URLClassLoader ownLoader = null;
    ClassLoader loader;
    if (source instanceof EntitySource.Classes) {
      classes.addAll(((EntitySource.Classes) source).classes());
      if (classes.isEmpty()) {
        throw new EntityModelException("no entity classes given");
      }
      loader = classes.get(0).getClassLoader();
    } else {
      EntitySource.Scan scan = (EntitySource.Scan) source;
      EntityScanner.Found found = EntityScanner.scan(scan);
      ownLoader = new URLClassLoader("autogen-entities", urls(scan.classPath()), EntityMetadata.class.getClassLoader());
      loader = ownLoader;
      for (String name : found.classNames()) {
        classes.add(load(name, ownLoader));
      }
      packages.addAll(found.packageNames());
    }
    classes.sort(Comparator.comparing(Class::getName));
    List<String> classNames = classes.stream().map(Class::getName).toList();

    Map<String, Object> all = new LinkedHashMap<>(DEFAULT_SETTINGS);
    all.putAll(settings);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    StandardServiceRegistry registry = null;
    try {
      BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
      registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(all).build();
      MetadataSources sources = new MetadataSources(registry);
      for (Class<?> c : classes) {
        sources.addAnnotatedClass(c);
      }
      for (String p : packages) {
        sources.addPackage(p);
      }
      Metadata metadata = sources.buildMetadata();
      // Some mapping errors only surface when the model is validated.
      if (metadata instanceof MetadataImplementor) {
        ((MetadataImplementor) metadata).validate();
      }
      return new EntityMetadata(metadata, registry, ownLoader, classNames);
    } catch (RuntimeException | LinkageError e) {
      if (registry != null) {
        StandardServiceRegistryBuilder.destroy(registry);
      }
      closeQuietly(ownLoader);
      throw mappingError(e, classNames);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Hibernate's boot metamodel. */
  public Metadata metadata() {
    return metadata;
  }

  /** The mapped classes booted (entities, embeddables, mapped superclasses, converters), sorted by name. */
  public List<String> classNames() {
    return classNames;
  }

  /**
   * Hibernate's schema-creation script for the metamodel, one statement per element, without delimiters:
   * exactly what {@code hbm2ddl=create} would run (schemas, enum types, sequences, tables, constraints,
   * indexes, comments), with no drops.
   */
  public List<String> createScript() {
    List<String> statements = new ArrayList<>();
    ScriptTargetOutput output = new ScriptTargetOutput() {
      @Override
      public void prepare() {}

      @Override
      public void accept(String command) {
        String statement = command.strip();
        while (statement.endsWith(";")) {
          statement = statement.substring(0, statement.length() - 1).stripTrailing();
        }
        if (!statement.isEmpty()) {
          statements.add(statement);
        }
      }

      @Override
      public void release() {}
    };
    Map<String, Object> config = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
    ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(config, ExceptionHandlerHaltImpl.INSTANCE);
    SourceDescriptor fromMetadata = new SourceDescriptor() {
      @Override
      public SourceType getSourceType() {
        return SourceType.METADATA;
      }

      @Override
      public ScriptSourceInput getScriptSourceInput() {
        return null;
      }
    };
    TargetDescriptor toScript = new TargetDescriptor() {
      @Override
      public EnumSet<TargetType> getTargetTypes() {
        return EnumSet.of(TargetType.SCRIPT);
      }

      @Override
      public ScriptTargetOutput getScriptTargetOutput() {
        return output;
      }
    };
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(ownLoader != null ? ownLoader : previous);
    try {
      registry.requireService(SchemaManagementTool.class)
          .getSchemaCreator(config)
          .doCreation(metadata, options, ContributableMatcher.ALL, fromMetadata, toScript);
    } catch (RuntimeException e) {
      throw mappingError(e, classNames);
    } finally {
      thread.setContextClassLoader(previous);
    }
    return List.copyOf(statements);
  }

  /** Which entity and attribute each table and column of the create script comes from. */
  public Provenance provenance() {
    return ProvenanceWalker.walk(metadata);
  }

  @Override
  public void close() {
    StandardServiceRegistryBuilder.destroy(registry);
    closeQuietly(ownLoader);
  }

  /**
   * One line for a person: Hibernate's message, shortened, with the class it is about (the longest of the
   * booted class names that the message mentions, else the first class name in it).
   */
  static EntityModelException mappingError(Throwable e, List<String> classNames) {
    if (e instanceof EntityModelException) {
      return (EntityModelException) e;
    }
    Throwable root = e;
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        text.append(t.getMessage()).append('\n');
      }
      root = t;
      if (t.getCause() == t) {
        break;
      }
    }
    if (root instanceof ClassNotFoundException || root instanceof NoClassDefFoundError) {
      String missing = String.valueOf(root.getMessage()).replace('/', '.');
      return new EntityModelException(
          "cannot load the entity classes: class " + missing + " is missing; add the jar or directory that has it to --classpath", e);
    }
    String message = shorten(firstMeaningfulMessage(e));
    // The class the error is about: the first booted class the messages mention.
    String about = null;
    int at = Integer.MAX_VALUE;
    for (String name : classNames) {
      int i = indexOfName(text, name);
      if (i >= 0 && (i < at || (i == at && name.length() > about.length()))) {
        about = name;
        at = i;
      }
    }
    if (about == null) {
      Matcher m = CLASS_NAME.matcher(message);
      while (m.find()) {
        String candidate = m.group();
        if (!candidate.startsWith("org.hibernate.") && !candidate.startsWith("jakarta.") && !candidate.startsWith("java.")) {
          about = candidate;
          break;
        }
      }
    }
    // The class is named up front; in the message itself, simple names read better.
    List<String> longestFirst = new ArrayList<>(classNames);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    for (String name : longestFirst) {
      int dot = name.lastIndexOf('.');
      if (dot > 0) {
        message = message.replace(name, name.substring(dot + 1));
      }
    }
    return new EntityModelException(
        "mapping error" + (about != null ? " in " + about : "") + ": " + message + "; fix the mapping", e);
  }

  /** Where {@code name} occurs in {@code text} as a whole class name (not a prefix of a longer one); -1 if not. */
  private static int indexOfName(CharSequence text, String name) {
    String t = text.toString();
    for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      int end = i + name.length();
      if (end == t.length() || !Character.isJavaIdentifierPart(t.charAt(end))) {
        return i;
      }
    }
    return -1;
  }

  /** The deepest message that still says something (Hibernate wraps errors in "Could not ..." shells). */
  private static String firstMeaningfulMessage(Throwable e) {
    String best = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.isBlank()) {
        best = m;
        String lower = m.toLowerCase(Locale.ROOT);
        boolean shell = lower.startsWith("unable to build") || lower.startsWith("could not instantiate")
            || lower.startsWith("error accessing") || lower.startsWith("unable to create");
        if (!shell) {
          return m;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return best != null ? best : e.getClass().getSimpleName();
  }

  private static String shorten(String message) {
    String line = message.strip().lines().findFirst().orElse("").strip();
    // Hibernate's message codes and documentation links are noise here.
    line = line.replaceFirst("^HHH\\d+:\\s*", "");
    line = line.replaceAll("\\s*\\(?https?://\\S+\\)?", "");
    line = line.replaceAll("\\s*\\[[^\\]]*\\]$", "");
    if (line.endsWith(".")) {
      line = line.substring(0, line.length() - 1);
    }
    return line.length() > 300 ? line.substring(0, 297) + "..." : line;
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      String missing = e instanceof ClassNotFoundException ? name : String.valueOf(e.getMessage()).replace('/', '.');
      throw new EntityModelException(
          "cannot load entity class " + name + ": class " + missing + " is missing; add the jar or directory that has it to --classpath", e);
    }
  }

  private static URL[] urls(List<Path> classPath) {
    URL[] urls = new URL[classPath.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = classPath.get(i).toAbsolutePath().toUri().toURL();
      } catch (MalformedURLException e) {
        throw new EntityModelException("not a class path entry: " + classPath.get(i) + "; check --classpath", e);
      }
    }
    return urls;
  }

  private static void closeQuietly(URLClassLoader loader) {
    if (loader != null) {
      try {
        loader.close();
      } catch (IOException ignored) {
        // Nothing to do: the loader is not used again.
      }
    }
  }
}
