package dev.autogen.entity;

import dev.autogen.model.Provenance;
import dev.autogen.read.DatabaseSchemaReader;
import dev.autogen.read.ReadOptions;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.shadow.ShadowDatabase;
import dev.autogen.shadow.ShadowServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the target schema from the entities: Hibernate's boot metamodel ({@link EntityMetadata}), its own
 * schema-creation script, applied to a fresh scratch database from a {@link ShadowServer}, read back by the
 * same reader as a live database. Type spellings, defaults and generated names then match the live side by
 * construction.
 */
public final class EntitySchemaReader {
  private static final Pattern DDL_TABLE = Pattern.compile(
      "^(?:create table|alter table(?: if exists)?|create (?:unique )?index \\S+ on|comment on table|comment on column)\\s+\"?([\\w.$]+?)\"?(?:\\.[\\w\"$]+)?(?:\\s|\\(|$)",
      Pattern.CASE_INSENSITIVE);

  private final ShadowServer server;
  private final ReadOptions readOptions;
  private final Map<String, String> settings;

  /**
   * @param server where the scratch database comes from
   * @param readOptions the schema to read and the table filters, the same as for the live side: the
   *     entities' tables are created in that schema of the scratch database (unqualified names land there)
   * @param settings Hibernate settings passed through (naming strategies and the like), see
   *     {@link EntityMetadata#boot}
   */
  public EntitySchemaReader(ShadowServer server, ReadOptions readOptions, Map<String, String> settings) {
    this.server = Objects.requireNonNull(server, "server");
    this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
    this.settings = Map.copyOf(settings);
  }

  /** Schema {@code public}, all tables but the version tables, Hibernate's default settings. */
  public EntitySchemaReader(ShadowServer server) {
    this(server, ReadOptions.defaults(), Map.of());
  }

  /**
   * The target schema of the entities in {@code source}, and where each table and column comes from.
   *
   * @throws EntityModelException on a mapping error (naming the class), when no entities are found, or when
   *     PostgreSQL rejects Hibernate's DDL
   */
  public EntityModel read(EntitySource source) {
    try (EntityMetadata metadata = boot(source)) {
      return read(metadata);
    }
  }

  /** The target schema of an already booted metamodel. */
  public EntityModel read(EntityMetadata metadata) {
    List<String> script = metadata.createScript();
    Provenance provenance = metadata.provenance();
    Schema schema = onScratchDatabase(script, provenance, metadata.classNames(), c -> new DatabaseSchemaReader(readOptions).read(c));
    return new EntityModel(schema, provenance);
  }

  /** Boots the metamodel for {@code source} with this reader's settings; close the result. */
  public EntityMetadata boot(EntitySource source) {
    return EntityMetadata.boot(source, settings);
  }

  /**
   * Creates a scratch database, applies the script to it and hands its connection to {@code reader};
   * the database is dropped afterwards.
   */
  public <T> T onScratchDatabase(List<String> script, Provenance provenance, List<String> classNames, ScratchReader<T> reader) {
    try (ShadowDatabase scratch = server.createDatabase(); Connection c = scratch.connection()) {
      if (!"public".equals(readOptions.schema())) {
        // Unqualified names land in the schema the live side is read from, as they would there.
        try (Statement s = c.createStatement()) {
          String quoted = "\"" + readOptions.schema().replace("\"", "\"\"") + "\"";
          s.execute("CREATE SCHEMA IF NOT EXISTS " + quoted + "; SET search_path TO " + quoted);
        }
      }
      try {
        apply(script.stream().map(EntitySchemaReader::createSchemaIfNotExists).toList(), c);
      } catch (EntityModelException e) {
        throw withEntity(e, provenance, classNames);
      }
      return reader.read(c);
    } catch (SQLException e) {
      throw new EntityModelException("cannot read the scratch database on " + server.description() + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static final java.util.regex.Pattern CREATE_SCHEMA =
      java.util.regex.Pattern.compile("(?i)create\\s+schema\\s+(?!if\\s+not\\s+exists\\s)(.+)", java.util.regex.Pattern.DOTALL);

  /**
   * Hibernate creates the schema of a table mapped with {@code @Table(schema = ...)}; when that is the
   * schema being read, the scratch database has it already.
   */
  static String createSchemaIfNotExists(String statement) {
    java.util.regex.Matcher m = CREATE_SCHEMA.matcher(statement);
    return m.matches() ? "create schema if not exists " + m.group(1) : statement;
  }

  /** What is done with the scratch database once the entities' schema is in it. */
  @FunctionalInterface
  public interface ScratchReader<T> {
    T read(Connection connection) throws SQLException;
  }

  /**
   * Runs a create script in one transaction (one round trip), so nothing is half-applied. When PostgreSQL
   * rejects it, runs the statements one by one to say which one fails, then rolls back.
   *
   * @throws EntityModelException naming the failing statement and PostgreSQL's reason
   */
  public static void apply(List<String> script, Connection connection) {
    if (script.isEmpty()) {
      return;
    }
    try {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        s.execute(String.join(";\n", script));
        connection.commit();
      } catch (SQLException whole) {
        connection.rollback();
        throw locateFailure(script, connection, whole);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new EntityModelException("cannot apply Hibernate's create script: " + firstLine(e.getMessage()), e);
    }
  }

  private static EntityModelException locateFailure(List<String> script, Connection connection, SQLException whole) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String statement : script) {
        try {
          s.execute(statement);
        } catch (SQLException e) {
          return new EntityModelException(
              "PostgreSQL rejects Hibernate's DDL \"" + abbreviate(statement) + "\": " + firstLine(e.getMessage()) + "; fix the mapping", e);
        }
      }
    } finally {
      connection.rollback();
    }
    return new EntityModelException("PostgreSQL rejects Hibernate's create script: " + firstLine(whole.getMessage()) + "; fix the mapping", whole);
  }

  /** Says which entity a failing statement comes from, when its table is one of theirs. */
  static EntityModelException withEntity(EntityModelException e, Provenance provenance, List<String> classNames) {
    String message = e.getMessage();
    int quote = message.indexOf('"');
    if (quote < 0) {
      return e;
    }
    Matcher m = DDL_TABLE.matcher(message.substring(quote + 1));
    if (!m.find()) {
      return e;
    }
    String table = m.group(1);
    int dot = table.lastIndexOf('.');
    String bare = (dot >= 0 ? table.substring(dot + 1) : table);
    Optional<String> entity = provenance.ofTable(bare).or(() -> provenance.ofTable(bare.toLowerCase(Locale.ROOT)));
    if (entity.isEmpty()) {
      return e;
    }
    String simple = entity.get().contains(".") ? entity.get().substring(0, entity.get().indexOf('.')) : entity.get();
    String className = classNames.stream().filter(n -> n.equals(simple) || n.endsWith("." + simple) || n.endsWith("$" + simple))
        .findFirst().orElse(simple);
    return new EntityModelException("mapping error in " + className + ": " + message, e.getCause());
  }

  private static String abbreviate(String statement) {
    return statement.length() <= 160 ? statement : statement.substring(0, 157) + "...";
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.startsWith("ERROR: ") ? line.substring(7) : line;
  }
}
