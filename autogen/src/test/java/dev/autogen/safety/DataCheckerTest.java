package dev.autogen.safety;

import static dev.autogen.runtime.op.ColumnChanges.alter;
import static dev.autogen.runtime.schema.Ddl.check;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.expr;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.integer;
import static dev.autogen.runtime.schema.Ddl.numeric;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.smallint;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Operations;
import dev.autogen.runtime.internal.RecordingOperations;
import dev.autogen.runtime.schema.UniqueConstraint;
import dev.autogen.safety.DataChecker.Finding;
import dev.autogen.safety.DataChecker.Kind;
import dev.autogen.safety.DataChecker.Pending;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Planted rows that would fail pending ops, counted exactly, with samples; and what is not counted. */
@PostgresTest
class DataCheckerTest {

  private static final String PEOPLE = """
      CREATE TABLE people (id integer PRIMARY KEY, email varchar(100), name text, nick varchar(40));
      INSERT INTO people VALUES
        (1, 'a@x', 'Ann', 'abc'),
        (2, NULL, 'Bob', 'abcdefghijkl'),
        (3, 'a@x', 'Cid', 'abc       '),
        (4, NULL, 'Dee', 'abcdefghijk'),
        (5, 'A@x', 'Eve', NULL),
        (6, 'b@x', 'Fay', 'x'),
        (7, 'b@x', 'Gus', 'y');
      """;

  private static List<Finding> findings(TestDatabase db, Consumer<Operations> upgrade) throws SQLException {
    return result(db, upgrade).findings();
  }

  private static DataChecker.Result result(TestDatabase db, Consumer<Operations> upgrade) throws SQLException {
    RecordingOperations ops = new RecordingOperations();
    upgrade.accept(ops);
    try (Connection c = db.connection()) {
      return new DataChecker("public").check(c, List.of(new Pending("r1", ops.ops(), true)));
    }
  }

  @Test
  void nullsBeforeSetNotNullAndBeforeANotNullColumnWithoutDefault(TestDatabase db) throws SQLException {
    db.execute(PEOPLE);
    List<Finding> f = findings(db, op -> {
      op.alterColumn("people", "email", alter().setNotNull());
      op.addColumn("people", column("age", integer()).notNull());
      op.addColumn("people", column("score", integer()).notNull().defaultValue("0"));
    });
    assertThat(f).hasSize(2);
    assertThat(f.get(0).kind()).isEqualTo(Kind.NULLS);
    assertThat(f.get(0).table()).isEqualTo("people");
    assertThat(f.get(0).rows()).isEqualTo(2);
    assertThat(f.get(0).samples()).containsExactly("id=2", "id=4");
    assertThat(f.get(0).text()).isEqualTo(
        "people: 2 rows have email NULL (e.g. id=2, id=4); changed column people.email: set NOT NULL in revision r1");
    assertThat(f.get(1).rows()).isEqualTo(7);
    assertThat(f.get(1).problem()).isEqualTo("7 rows would have no value in the new NOT NULL column age");
    assertThat(f.get(1).samples()).containsExactly("id=1", "id=2", "id=3");
  }

  @Test
  void duplicatesBeforeUniqueConstraintsAndUniqueIndexes(TestDatabase db) throws SQLException {
    db.execute(PEOPLE);
    List<Finding> f = findings(db, op -> {
      op.addUniqueConstraint("people", unique("uq_people_email", List.of("email")));
      op.addUniqueConstraint("people",
          new UniqueConstraint("uq_people_email_nnd", List.of("email"), true));
      op.createIndex(index("ix_people_email_ci", "people", expr("lower(email)")).asUnique());
      op.createIndex(index("ix_people_nick", "people", "nick").asUnique().where("id > 5"));
    });
    assertThat(f).extracting(Finding::kind).containsOnly(Kind.DUPLICATES);
    assertThat(f).hasSize(3);
    // 'a@x' twice, 'b@x' twice; the NULLs are distinct.
    assertThat(f.get(0).rows()).isEqualTo(4);
    assertThat(f.get(0).problem()).isEqualTo("4 rows share 2 values of (email)");
    assertThat(f.get(0).samples()).containsExactly("email='a@x' (2 rows)", "email='b@x' (2 rows)");
    // NULLS NOT DISTINCT: the two NULLs collide too.
    assertThat(f.get(1).rows()).isEqualTo(6);
    assertThat(f.get(1).samples()).hasSize(3);
    // lower(email): 'a@x' three times, 'b@x' twice.
    assertThat(f.get(2).rows()).isEqualTo(5);
    assertThat(f.get(2).samples()).containsExactly("lower(email)='a@x' (3 rows)", "lower(email)='b@x' (2 rows)");
  }

  @Test
  void nullsAndDuplicatesBeforeAPrimaryKey(TestDatabase db) throws SQLException {
    db.execute("CREATE TABLE tags (code text, label text);"
        + "INSERT INTO tags VALUES ('a', '1'), ('a', '2'), (NULL, '3'), ('b', '4'), ('c', '5'), ('c', '6'), ('c', '7')");
    List<Finding> f = findings(db, op -> op.addPrimaryKey("tags", primaryKey("code")));
    assertThat(f).extracting(Finding::kind).containsExactly(Kind.NULLS, Kind.DUPLICATES);
    assertThat(f.get(0).rows()).isEqualTo(1);
    assertThat(f.get(0).samples()).containsExactly("ctid=(0,3)");
    assertThat(f.get(1).rows()).isEqualTo(5);
    assertThat(f.get(1).samples()).containsExactly("code='c' (3 rows)", "code='a' (2 rows)");
  }

  @Test
  void orphansBeforeAForeignKey(TestDatabase db) throws SQLException {
    db.execute("""
        CREATE TABLE authors (id integer PRIMARY KEY);
        INSERT INTO authors VALUES (1), (2);
        CREATE TABLE posts (id integer PRIMARY KEY, author_id integer);
        INSERT INTO posts VALUES (1, 1), (2, 99), (3, 98), (4, NULL), (5, 2), (6, 99);
        """);
    List<Finding> f = findings(db, op -> {
      op.addForeignKey("posts", foreignKey("author_id", "authors", "id").named("fk_posts_author"));
      op.addForeignKeyNotValid("posts", foreignKey("author_id", "authors", "id").named("fk_later"));
    });
    assertThat(f).hasSize(1);
    assertThat(f.get(0).kind()).isEqualTo(Kind.ORPHANS);
    assertThat(f.get(0).rows()).isEqualTo(3);
    assertThat(f.get(0).problem()).isEqualTo("3 rows refer to no row of authors(id)");
    assertThat(f.get(0).samples()).containsExactly("id=2 (author_id=99)", "id=3 (author_id=98)", "id=6 (author_id=99)");

    // NOT VALID checks nothing until the constraint is validated.
    List<Finding> validated = findings(db, op -> {
      op.addForeignKeyNotValid("posts", foreignKey("author_id", "authors", "id").named("fk_later"));
      op.validateConstraint("posts", "fk_later");
    });
    assertThat(validated).extracting(Finding::rows).containsExactly(3L);
  }

  @Test
  void valuesThatDoNotFitANarrowerType(TestDatabase db) throws SQLException {
    db.execute(PEOPLE + """
        CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,3), qty bigint, small integer);
        INSERT INTO items VALUES
          (1, 999.994, 2147483647, 32767),
          (2, 999.995, 2147483648, 32768),
          (3, 12345.6, -2147483649, -32769),
          (4, -1000, 5, 5),
          (5, NULL, NULL, NULL),
          (6, 'NaN', -2147483648, -32768);
        """);
    List<Finding> f = findings(db, op -> {
      op.alterColumn("people", "nick", alter().type(varchar(10)));
      op.alterColumn("people", "name", alter().type(varchar(255)));
      op.alterColumn("items", "price", alter().type(numeric(5, 2)));
      op.alterColumn("items", "qty", alter().type(integer()));
      op.alterColumn("items", "small", alter().type(smallint()));
    });
    assertThat(f).extracting(Finding::kind).containsOnly(Kind.DOES_NOT_FIT);
    assertThat(f).extracting(Finding::table, Finding::rows).containsExactly(
        org.assertj.core.groups.Tuple.tuple("people", 2L),
        org.assertj.core.groups.Tuple.tuple("items", 3L),
        org.assertj.core.groups.Tuple.tuple("items", 2L),
        org.assertj.core.groups.Tuple.tuple("items", 2L));
    assertThat(f.get(0).problem()).isEqualTo("2 rows have nick longer than 10 characters");
    assertThat(f.get(0).samples()).containsExactly("id=2 (nick='abcdefghijkl')", "id=4 (nick='abcdefghijk')");
    assertThat(f.get(1).samples()).containsExactly("id=2 (price=999.995)", "id=3 (price=12345.600)",
        "id=4 (price=-1000.000)");
    assertThat(f.get(2).samples()).containsExactly("id=2 (qty=2147483648)", "id=3 (qty=-2147483649)");
  }

  @Test
  void rowsACheckConstraintRejects(TestDatabase db) throws SQLException {
    db.execute("CREATE TABLE items (id integer PRIMARY KEY, qty integer);"
        + "INSERT INTO items VALUES (1, 5), (2, 0), (3, -1), (4, NULL)");
    List<Finding> f = findings(db, op -> op.addCheckConstraint("items", check("ck_items_qty", "qty > 0")));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).kind()).isEqualTo(Kind.CHECK_FAILS);
    assertThat(f.get(0).rows()).isEqualTo(2);
    assertThat(f.get(0).samples()).containsExactly("id=2", "id=3");
  }

  @Test
  void followsRenamesSkipsNewTablesAndColumnsAndMarksRowsRawSqlMayFix(TestDatabase db) throws SQLException {
    db.execute(PEOPLE);
    List<Finding> renamed = findings(db, op -> {
      op.renameTable("people", "persons");
      op.renameColumn("persons", "email", "mail");
      op.alterColumn("persons", "mail", alter().setNotNull());
      op.createTable("fresh", column("id", integer()));
      op.addUniqueConstraint("fresh", unique("uq_fresh", List.of("id")));
      op.addColumn("persons", column("code", integer()).defaultValue("1"));
      op.createIndex(index("ix_code", "persons", "code").asUnique());
    });
    assertThat(renamed).hasSize(1);
    assertThat(renamed.get(0).table()).isEqualTo("people");
    assertThat(renamed.get(0).rows()).isEqualTo(2);

    DataChecker.Result backfilled = result(db, op -> {
      op.addColumn("people", column("role", varchar(50)));
      op.execute("UPDATE people SET role = ? WHERE role IS NULL", "member");
      op.alterColumn("people", "role", alter().nullable(true, false));
    });
    assertThat(backfilled.blocking()).isEmpty();
    assertThat(backfilled.advisory()).hasSize(1);
    assertThat(backfilled.advisory().get(0).rows()).isEqualTo(7);
    assertThat(backfilled.advisory().get(0).advisory()).contains("SQL earlier in this upgrade that touches people");
  }

  @Test
  void aCountThatCannotRunIsReportedNotThrown(TestDatabase db) throws SQLException {
    db.execute(PEOPLE);
    DataChecker.Result r = result(db, op -> op.addCheckConstraint("people", check("ck_bad", "no_such_column > 0")));
    assertThat(r.findings()).isEmpty();
    assertThat(r.notCounted()).singleElement().asString().contains("ck_bad").contains("no_such_column");
  }
}
