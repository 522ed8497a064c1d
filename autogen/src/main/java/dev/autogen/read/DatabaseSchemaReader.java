package dev.autogen.read;

import dev.autogen.read.PgCatalog.ColumnRow;
import dev.autogen.read.PgCatalog.ConstraintRow;
import dev.autogen.read.PgCatalog.EnumRow;
import dev.autogen.read.PgCatalog.IndexRow;
import dev.autogen.read.PgCatalog.SequenceRow;
import dev.autogen.read.PgCatalog.TableRow;
import dev.autogen.runtime.schema.CheckConstraint;
import dev.autogen.runtime.schema.Column;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Index;
import dev.autogen.runtime.schema.IndexElement;
import dev.autogen.runtime.schema.PrimaryKey;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Sequence;
import dev.autogen.runtime.schema.SqlType;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Reads one schema of a live PostgreSQL database into the neutral {@link Schema} model, exactly as the
 * server prints it, so that two schemas read this way compare equal when PostgreSQL would dump them the
 * same: {@code new DatabaseSchemaReader(ReadOptions.defaults()).read(connection)}.
 *
 * <h2>What is read, and how it is spelled</h2>
 * <ul>
 *   <li>Tables (regular and partitioned; partitions belong to their parent) with their comments, filtered
 *       by {@link ReadOptions}; the version tables never.</li>
 *   <li>Columns in ordinal order: type as {@code format_type(atttypid, atttypmod)} prints it
 *       ({@code character varying(255)}, {@code numeric(10,2)}, {@code timestamp(6) with time zone},
 *       an enum's name, {@code text[]}); nullability; the default as {@code pg_get_expr(adbin, adrelid)}
 *       prints it (a {@code serial} keeps its {@code nextval(...)}; an identity has none); identity
 *       ({@code ALWAYS} or {@code BY DEFAULT}, with START and INCREMENT when not 1); the expression of a
 *       generated column; comments.</li>
 *   <li>Primary key (name, columns in key order); unique constraints (name, columns, NULLS NOT DISTINCT);
 *       check constraints (name, the expression inside {@code CHECK (...)} as {@code pg_get_constraintdef}
 *       prints it, i.e. {@code pg_get_expr(conbin, conrelid)}; NOT NULL is nullability, not a check);
 *       foreign keys (name, columns, referenced schema when it is another one, table and columns,
 *       ON DELETE and ON UPDATE, DEFERRABLE and INITIALLY DEFERRED).</li>
 *   <li>Indexes that do not back a constraint (those belong to their primary key, unique or exclusion
 *       constraint): uniqueness, keys in order with DESC and NULLS FIRST/LAST only where they are not the
 *       default, key expressions as {@code pg_get_indexdef(index, n, false)} prints them, the partial
 *       predicate, INCLUDE columns, the access method (null for btree).</li>
 *   <li>Sequences not owned by an identity column, with every option that equals PostgreSQL's default for
 *       the sequence's type and direction left null (type {@code bigint} too), so a sequence read back
 *       equals the {@code sequence(...)} it was created from; enum types with their labels in order.</li>
 * </ul>
 * Tables, constraints, indexes, sequences and enum types are sorted by name (Java string order, not the
 * database's collation), columns by position: the same schema always reads the same.
 *
 * <h2>Where it comes from: pg_catalog, not SchemaCrawler</h2>
 * Everything is read by six set-based queries over the whole schema, all in {@link PgCatalog}. SchemaCrawler
 * (16.27.1 with its PostgreSQL plugin) was the first choice and was measured on 1,000 tables of ten columns
 * with one foreign key each, on this project's 2-core build machine: tables alone 0.3-1.4 s; with columns
 * 1.7-8 s; with columns, primary keys and indexes 5.4-9.6 s; with foreign keys over 60 s, because it asks
 * the JDBC driver for each table's foreign keys and indexes one table at a time. It also lacks most of
 * what a diff needs (index predicates, expressions, INCLUDE columns and method, identity, generated
 * expressions, NULLS NOT DISTINCT, enum labels, {@code format_type} spellings, deferrability), which would
 * have to come from the catalog anyway. Reading the catalog directly costs a few round trips whatever the
 * schema's size (the same 1,000 tables, with 2,000 foreign keys and 3,000 indexes, read in 0.2-0.4 s, the
 * first read of a cold JVM in 0.3-0.65 s: {@code DatabaseSchemaReaderBenchmark} in the tests) and gives
 * every value in the server's own spelling. The trade-off: the queries are PostgreSQL's alone (the model
 * holds PostgreSQL spellings anyway; another database would need its own reader), they follow the
 * catalog's changes between server versions themselves (tested on 15 and 17), and SchemaCrawler's
 * table-and-column inclusion rules and its offline catalog are not used. Even its cheapest call, listing
 * tables, costs more than this whole read, so nothing is left to it here.
 *
 * <h2>How it reads</h2>
 * On a connection in auto-commit mode the reader opens its own REPEATABLE READ, READ ONLY transaction (one
 * consistent view for all queries) and rolls it back. Inside a transaction the caller opened, it reads
 * there (so it sees the caller's uncommitted DDL). Either way {@code search_path} is set to the schema
 * read for the duration, so names in it print unqualified however the connection is configured, and is
 * put back afterwards.
 *
 * <p>Not in the model, so not read: exclusion constraints, non-default operator classes and collations of
 * index keys, NULLS NOT DISTINCT on plain unique indexes, DEFERRABLE primary keys and unique constraints,
 * foreign key MATCH types and column lists of ON DELETE SET NULL, NOT VALID and NO INHERIT markers,
 * column collations, sequence and index comments; PostgreSQL 18's virtual generated columns read as
 * generated ones.
 */
public final class DatabaseSchemaReader {
  /** pg_attribute.attgenerated and the catalog columns read here exist from this version on. */
  private static final int OLDEST_SERVER = 12;

  private final ReadOptions options;
  private final Predicate<String> tableFilter;

  public DatabaseSchemaReader(ReadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.tableFilter = options.tableFilter();
  }

  /** A reader of every table of schema {@code public} except the version tables. */
  public DatabaseSchemaReader() {
    this(ReadOptions.defaults());
  }

  public ReadOptions options() {
    return options;
  }

  /**
   * Reads the schema through {@code connection}, which is left open and as it was.
   *
   * @throws SchemaReadException when the schema does not exist, the server is not a PostgreSQL 12 or newer,
   *     or a query fails
   */
  public Schema read(Connection connection) {
    Objects.requireNonNull(connection, "connection");
    try {
      DatabaseMetaData meta = connection.getMetaData();
      if (!"PostgreSQL".equalsIgnoreCase(meta.getDatabaseProductName())) {
        throw new SchemaReadException("autogen reads PostgreSQL schemas only, but this connection is to "
            + meta.getDatabaseProductName() + "; give it a PostgreSQL URL");
      }
      int major = meta.getDatabaseMajorVersion();
      if (major < OLDEST_SERVER) {
        throw new SchemaReadException("the server runs PostgreSQL " + major + ", but autogen needs PostgreSQL "
            + OLDEST_SERVER + " or newer; upgrade the server or point autogen at a newer one");
      }
      return readInTransaction(connection, major);
    } catch (SQLException e) {
      throw new SchemaReadException("cannot read schema " + options.schema() + ": " + firstLine(e.getMessage())
          + "; check the connection and the user's rights on the catalog", e);
    }
  }

  private Schema readInTransaction(Connection c, int major) throws SQLException {
    boolean ownTransaction = c.getAutoCommit();
    String previousPath = null;
    if (ownTransaction) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      }
    } else {
      previousPath = setting(c, "SELECT current_setting('search_path')", null);
    }
    SQLException failure = null;
    try {
      setting(c, "SELECT set_config('search_path', quote_ident(?), true)", options.schema());
      return readSchema(c, major);
    } catch (SQLException e) {
      failure = e;
      throw e;
    } finally {
      try {
        if (ownTransaction) {
          c.rollback();
          c.setAutoCommit(true);
        } else {
          setting(c, "SELECT set_config('search_path', ?, true)", previousPath);
        }
      } catch (SQLException restore) {
        // The caller's transaction may be aborted already; the first failure is the one to report.
        if (failure != null) {
          failure.addSuppressed(restore);
        } else {
          throw restore;
        }
      }
    }
  }

  private static String setting(Connection c, String sql, String argument) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (argument != null) {
        ps.setString(1, argument);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private Schema readSchema(Connection c, int major) throws SQLException {
    Long schemaOid = PgCatalog.schemaOid(c, options.schema());
    if (schemaOid == null) {
      throw new SchemaReadException("schema \"" + options.schema() + "\" does not exist in this database; "
          + "check the schema name (names are case-sensitive)");
    }
    Map<Long, TableParts> tables = new HashMap<>();
    for (TableRow row : PgCatalog.tables(c, schemaOid)) {
      if (tableFilter.test(row.name())) {
        tables.put(row.oid(), new TableParts(row.name(), row.comment()));
      }
    }
    if (!tables.isEmpty()) {
      for (ColumnRow row : PgCatalog.columns(c, schemaOid)) {
        TableParts t = tables.get(row.table());
        if (t != null) {
          t.columns.add(row);
          t.columnNames.put(row.number(), row.name());
        }
      }
      for (ConstraintRow row : PgCatalog.constraints(c, schemaOid, major)) {
        TableParts t = tables.get(row.table());
        if (t != null) {
          addConstraint(t, row);
        }
      }
      for (IndexRow row : PgCatalog.indexes(c, schemaOid)) {
        TableParts t = tables.get(row.table());
        if (t != null) {
          t.indexes.add(index(t, row));
        }
      }
    }
    List<Sequence> sequences = new ArrayList<>();
    for (SequenceRow row : PgCatalog.sequences(c, schemaOid)) {
      if (row.ownerTable() == null || tableFilter.test(row.ownerTable())) {
        sequences.add(sequence(row));
      }
    }
    List<EnumType> enumTypes = new ArrayList<>();
    for (EnumRow row : PgCatalog.enumTypes(c, schemaOid)) {
      enumTypes.add(new EnumType(row.name(), row.labels()));
    }
    List<Table> tableList = new ArrayList<>(tables.size());
    for (TableParts t : tables.values()) {
      tableList.add(t.toTable());
    }
    tableList.sort(Comparator.comparing(Table::name));
    sequences.sort(Comparator.comparing(Sequence::name));
    enumTypes.sort(Comparator.comparing(EnumType::name));
    return new Schema(options.schema(), tableList, sequences, enumTypes);
  }

  // ---- rows to model -------------------------------------------------------------------------------

  /** The parts of one table as the queries deliver them. */
  private static final class TableParts {
    final String name;
    final String comment;
    final List<ColumnRow> columns = new ArrayList<>();
    final Map<Integer, String> columnNames = new HashMap<>();
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();

    TableParts(String name, String comment) {
      this.name = name;
      this.comment = comment;
    }

    Table toTable() {
      columns.sort(Comparator.comparingInt(ColumnRow::number));
      List<Column> cols = new ArrayList<>(columns.size());
      for (ColumnRow row : columns) {
        cols.add(column(row));
      }
      uniques.sort(Comparator.comparing(UniqueConstraint::name));
      checks.sort(Comparator.comparing(CheckConstraint::name));
      foreignKeys.sort(Comparator.comparing(ForeignKey::name));
      indexes.sort(Comparator.comparing(Index::name));
      return new Table(name, cols, primaryKey, uniques, checks, foreignKeys, indexes, comment);
    }
  }

  private static Column column(ColumnRow row) {
    Identity identity = null;
    if (!row.identity().isEmpty()) {
      Identity.Generation generation =
          row.identity().equals("a") ? Identity.Generation.ALWAYS : Identity.Generation.BY_DEFAULT;
      Long increment = row.identityIncrement();
      Long start = row.identityStart();
      // The defaults the dialect assumes when they are left out: INCREMENT 1, START 1 (descending: -1).
      long effectiveIncrement = increment == null ? 1 : increment;
      if (start != null && start == (effectiveIncrement > 0 ? 1 : -1)) {
        start = null;
      }
      if (increment != null && increment == 1) {
        increment = null;
      }
      identity = new Identity(generation, start, increment);
    }
    boolean generated = !row.generated().isEmpty();
    return new Column(
        row.name(),
        new SqlType(row.type()),
        !row.notNull(),
        generated ? null : row.defaultExpression(),
        identity,
        generated ? row.defaultExpression() : null,
        row.comment());
  }

  private void addConstraint(TableParts t, ConstraintRow row) {
    switch (row.type()) {
      case "p" -> t.primaryKey = new PrimaryKey(row.name(), row.columns());
      case "u" -> t.uniques.add(new UniqueConstraint(row.name(), row.columns(), row.nullsNotDistinct()));
      case "c" -> t.checks.add(new CheckConstraint(row.name(), row.checkExpression()));
      case "f" -> t.foreignKeys.add(new ForeignKey(
          row.name(),
          row.columns(),
          options.schema().equals(row.referencedSchema()) ? null : row.referencedSchema(),
          row.referencedTable(),
          row.referencedColumns(),
          action(row.onDelete()),
          action(row.onUpdate()),
          row.deferrable(),
          row.initiallyDeferred()));
      default -> throw new IllegalStateException("unexpected constraint type " + row.type());
    }
  }

  private static ForeignKey.Action action(String code) {
    return switch (code) {
      case "r" -> ForeignKey.Action.RESTRICT;
      case "c" -> ForeignKey.Action.CASCADE;
      case "n" -> ForeignKey.Action.SET_NULL;
      case "d" -> ForeignKey.Action.SET_DEFAULT;
      default -> ForeignKey.Action.NO_ACTION;
    };
  }

  private static Index index(TableParts t, IndexRow row) {
    List<IndexElement> elements = new ArrayList<>(row.keyCount());
    for (int k = 0; k < row.keyCount(); k++) {
      int attnum = row.keys().get(k);
      IndexElement element = attnum == 0
          ? IndexElement.expression(row.expressions().get(k))
          : IndexElement.column(t.columnNames.get(attnum));
      int option = row.options().get(k);
      boolean descending = (option & 1) != 0;
      boolean nullsFirst = (option & 2) != 0;
      if (descending) {
        element = element.desc();
      }
      // ASC puts NULLs last and DESC first by default; say so only when the index differs.
      if (nullsFirst != descending) {
        element = element.nulls(nullsFirst ? IndexElement.Nulls.FIRST : IndexElement.Nulls.LAST);
      }
      elements.add(element);
    }
    List<String> include = new ArrayList<>();
    for (int k = row.keyCount(); k < row.keys().size(); k++) {
      include.add(t.columnNames.get(row.keys().get(k)));
    }
    String method = "btree".equals(row.method()) ? null : row.method();
    return new Index(row.name(), t.name, elements, row.unique(), row.predicate(), include, method);
  }

  /** The sequence with every option that is PostgreSQL's default for its type and direction left null. */
  private static Sequence sequence(SequenceRow row) {
    long typeMin;
    long typeMax;
    switch (row.dataType()) {
      case "smallint" -> {
        typeMin = Short.MIN_VALUE;
        typeMax = Short.MAX_VALUE;
      }
      case "integer" -> {
        typeMin = Integer.MIN_VALUE;
        typeMax = Integer.MAX_VALUE;
      }
      default -> {
        typeMin = Long.MIN_VALUE;
        typeMax = Long.MAX_VALUE;
      }
    }
    boolean ascending = row.increment() > 0;
    long defaultMin = ascending ? 1 : typeMin;
    long defaultMax = ascending ? typeMax : -1;
    // START defaults to the sequence's own minimum (descending: maximum), whatever those were set to.
    long defaultStart = ascending ? row.min() : row.max();
    return new Sequence(
        row.name(),
        "bigint".equals(row.dataType()) ? null : row.dataType(),
        row.start() == defaultStart ? null : row.start(),
        row.increment() == 1 ? null : row.increment(),
        row.min() == defaultMin ? null : row.min(),
        row.max() == defaultMax ? null : row.max(),
        row.cache() == 1 ? null : row.cache(),
        row.cycle());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
