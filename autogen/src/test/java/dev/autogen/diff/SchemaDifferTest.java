package dev.autogen.diff;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.check;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.desc;
import static dev.autogen.runtime.schema.Ddl.enumType;
import static dev.autogen.runtime.schema.Ddl.expr;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.integer;
import static dev.autogen.runtime.schema.Ddl.numeric;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.sequence;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.timestamp;
import static dev.autogen.runtime.schema.Ddl.timestamptz;
import static dev.autogen.runtime.schema.Ddl.type;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.IrreversibleOperationException;
import dev.autogen.runtime.op.Op;
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
import dev.autogen.runtime.schema.TableElement;
import dev.autogen.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of cases: (current schema, target schema) → the exact ops, with the notes that must come with
 * them; and for every case, the ops applied to a model of the current schema give the target, and the
 * downgrade applied after them gives the current schema back.
 */
class SchemaDifferTest {

  private static final SchemaDiffer DIFFER = new SchemaDiffer();

  /** One case of the table. {@code notes} are kinds and texts expected among the diff's notes. */
  record Case(String name, Schema current, Schema target, List<Op> ops, List<DiffNote> notes) {
    @Override
    public String toString() {
      return name;
    }
  }

  // ---- building blocks -------------------------------------------------------------------------------

  static Schema schema(Table... tables) {
    return new Schema("public", List.of(tables), List.of(), List.of());
  }

  static Schema schema(List<Table> tables, List<Sequence> sequences, List<EnumType> enums) {
    return new Schema("public", tables, sequences, enums);
  }

  static Table table(String name, TableElement... elements) {
    return Table.of(name, List.of(elements));
  }

  static Table withIndexes(Table t, Index... indexes) {
    return t.withIndexes(List.of(indexes));
  }

  static Column id() {
    return column("id", bigint()).notNull();
  }

  static Table users(TableElement... more) {
    List<TableElement> elements = new ArrayList<>(List.of(id(), column("email", varchar(255)).notNull(),
        primaryKey("users_pkey", List.of("id"))));
    elements.addAll(List.of(more));
    return Table.of("users", elements);
  }

  static Table withColumn(Table t, Column c) {
    List<Column> columns = new ArrayList<>(t.columns());
    columns.add(c);
    return t.withColumns(columns);
  }

  static Table replaceColumn(Table t, Column c) {
    return t.withColumns(t.columns().stream().map(x -> x.name().equals(c.name()) ? c : x).toList());
  }

  static Op.AlterColumn alter(String table, String column, Change<SqlType> type, Change<Boolean> nullable,
      Change<String> defaultValue, Change<Identity> identity, Change<String> comment) {
    return new Op.AlterColumn(null, table, column, type, null, nullable, defaultValue, identity, comment);
  }

  static DiffNote note(DiffNote.Kind kind, String subject, String text) {
    return new DiffNote(kind, subject, text);
  }

  static Case of(String name, Schema current, Schema target, List<Op> ops, DiffNote... notes) {
    return new Case(name, current, target, ops, List.of(notes));
  }

  static ForeignKey fk(String name, String column, String table, String referenced) {
    return foreignKey(name, List.of(column), table, List.of(referenced));
  }

  static Table teams() {
    return table("teams", id(), column("name", text()).notNull(), primaryKey("teams_pkey", List.of("id")));
  }

  static Table members(ForeignKey... fks) {
    List<TableElement> elements = new ArrayList<>(List.of(id(), column("team_id", bigint()),
        primaryKey("members_pkey", List.of("id"))));
    elements.addAll(List.of(fks));
    return Table.of("members", elements);
  }

  // ---- the cases -------------------------------------------------------------------------------------

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    Table users = users();

    cases.add(of("same schema", schema(users, teams()), schema(teams(), users), List.of()));

    // -- tables --
    Table research = withIndexes(table("research", id(),
            column("title", varchar(200)).notNull(), column("owner_id", bigint()),
            primaryKey("research_pkey", List.of("id")), unique("research_title_key", List.of("title")),
            check("research_title_check", "(length((title)::text) > 0)"),
            fk("research_owner_id_fkey", "owner_id", "users", "id"), dev.autogen.runtime.schema.Ddl.comment("studies")),
        index("research_owner_idx", "research", "owner_id"));
    Table researchCreated = research.withForeignKeys(List.of()).withIndexes(List.of());
    cases.add(of("add table", schema(users), schema(users, research), List.of(
        new Op.CreateTable(null, researchCreated),
        new Op.CreateIndex(null, research.indexes().get(0), false),
        new Op.AddForeignKey(null, "research", research.foreignKeys().get(0), false))));
    cases.add(of("drop table", schema(users, research), schema(users), List.of(
        new Op.DropConstraint(null, "research", "research_owner_id_fkey", research.foreignKeys().get(0)),
        new Op.DropIndex(null, "research_owner_idx", research.indexes().get(0), false),
        new Op.DropTable(null, "research", researchCreated)),
        note(DiffNote.Kind.DATA_LOSS, "research", "dropping table research loses its data")));
    Table user = table("user", id(), column("name", text()), primaryKey("user_pkey", List.of("id")));
    cases.add(of("a table named user", schema(), schema(user), List.of(new Op.CreateTable(null, user))));

    // -- columns --
    Column linkedin = column("linkedin_url", varchar(255));
    cases.add(of("add nullable column", schema(users), schema(withColumn(users, linkedin)),
        List.of(new Op.AddColumn(null, "users", linkedin))));
    Column role = column("role", text()).notNull();
    cases.add(of("add NOT NULL column without default", schema(users), schema(withColumn(users, role)),
        List.of(new Op.AddColumn(null, "users", role)),
        note(DiffNote.Kind.MAY_FAIL, "users.role", "adding users.role NOT NULL without a default fails if the table has rows")));
    Column roleWithDefault = role.defaultValue("'member'::text");
    cases.add(of("add NOT NULL column with default", schema(users), schema(withColumn(users, roleWithDefault)),
        List.of(new Op.AddColumn(null, "users", roleWithDefault))));
    Column age = column("age", integer());
    cases.add(of("drop column", schema(withColumn(users, age)), schema(users),
        List.of(new Op.DropColumn(null, "users", "age", age)),
        note(DiffNote.Kind.DATA_LOSS, "users.age", "dropping column users.age loses its data")));

    Column email = users.column("email").orElseThrow();
    cases.add(of("varchar longer", schema(users), schema(replaceColumn(users, email.withType(varchar(320)))),
        List.of(alter("users", "email", Change.of(varchar(255), varchar(320)), null, null, null, null))));
    cases.add(of("varchar shorter", schema(users), schema(replaceColumn(users, email.withType(varchar(100)))),
        List.of(alter("users", "email", Change.of(varchar(255), varchar(100)), null, null, null, null)),
        note(DiffNote.Kind.MAY_FAIL, "users.email",
            "changing users.email from character varying(255) to character varying(100) fails if existing values do not fit"),
        note(DiffNote.Kind.TABLE_REWRITE, "users.email",
            "changing users.email from character varying(255) to character varying(100) rewrites the table")));
    Column price = column("price", numeric(10, 2));
    cases.add(of("numeric precision", schema(withColumn(users, price)),
        schema(withColumn(users, price.withType(numeric(12, 2)))),
        List.of(alter("users", "price", Change.of(numeric(10, 2), numeric(12, 2)), null, null, null, null))));
    Column score = column("score", integer());
    cases.add(of("integer to bigint", schema(withColumn(users, score)), schema(withColumn(users, score.withType(bigint()))),
        List.of(alter("users", "score", Change.of(integer(), bigint()), null, null, null, null)),
        note(DiffNote.Kind.TABLE_REWRITE, "users.score", "changing users.score from integer to bigint rewrites the table")));
    Column seen = column("seen_at", timestamp());
    cases.add(of("timestamp to timestamptz", schema(withColumn(users, seen)),
        schema(withColumn(users, seen.withType(timestamptz()))),
        List.of(alter("users", "seen_at", Change.of(timestamp(), timestamptz()), null, null, null, null)),
        note(DiffNote.Kind.TABLE_REWRITE, "users.seen_at",
            "changing users.seen_at from timestamp without time zone to timestamp with time zone rewrites the table")));
    Column bio = column("bio", text());
    cases.add(of("text to varchar", schema(withColumn(users, bio)), schema(withColumn(users, bio.withType(varchar(500)))),
        List.of(alter("users", "bio", Change.of(text(), varchar(500)), null, null, null, null)),
        note(DiffNote.Kind.MAY_FAIL, "users.bio", "changing users.bio from text to character varying(500) fails if existing values do not fit")));
    cases.add(of("varchar to text", schema(withColumn(users, bio.withType(varchar(500)))), schema(withColumn(users, bio)),
        List.of(alter("users", "bio", Change.of(varchar(500), text()), null, null, null, null))));
    cases.add(of("hand-written type spellings are the same type", schema(withColumn(users, column("n", type("int4")))),
        schema(withColumn(users, column("n", integer()))), List.of()));

    Column nickname = column("nickname", text());
    cases.add(of("nullable to NOT NULL", schema(withColumn(users, nickname)), schema(withColumn(users, nickname.notNull())),
        List.of(alter("users", "nickname", null, Change.of(true, false), null, null, null)),
        note(DiffNote.Kind.MAY_FAIL, "users.nickname",
            "users.nickname becomes NOT NULL without a default: fails if existing rows hold NULL")));
    cases.add(of("NOT NULL to nullable", schema(withColumn(users, nickname.notNull())), schema(withColumn(users, nickname)),
        List.of(alter("users", "nickname", null, Change.of(false, true), null, null, null))));

    Column status = column("status", varchar(20));
    cases.add(of("default added", schema(withColumn(users, status)),
        schema(withColumn(users, status.defaultValue("'new'::character varying"))),
        List.of(alter("users", "status", null, null, Change.of(null, "'new'::character varying"), null, null))));
    cases.add(of("default changed", schema(withColumn(users, status.defaultValue("'new'::character varying"))),
        schema(withColumn(users, status.defaultValue("'open'::character varying"))),
        List.of(alter("users", "status", null, null, Change.of("'new'::character varying", "'open'::character varying"), null, null))));
    cases.add(of("default dropped", schema(withColumn(users, status.defaultValue("'new'::character varying"))),
        schema(withColumn(users, status)),
        List.of(alter("users", "status", null, null, Change.of("'new'::character varying", null), null, null))));
    cases.add(of("equivalent default spellings", schema(
            withColumn(withColumn(users, status.defaultValue("('new'::character varying)::text")),
                column("created_at", timestamptz()).defaultValue("CURRENT_TIMESTAMP"))),
        schema(withColumn(withColumn(users, status.defaultValue("'new'::text")),
            column("created_at", timestamptz()).defaultValue("now()"))),
        List.of()));

    Table counters = table("counters", column("id", integer()).notNull(), primaryKey("counters_pkey", List.of("id")));
    Table countersIdentity = replaceColumn(counters, column("id", integer()).generatedByDefaultAsIdentity());
    cases.add(of("identity added", schema(counters), schema(countersIdentity),
        List.of(alter("counters", "id", null, null, null, Change.of(null, Identity.byDefault()), null))));
    cases.add(of("identity options spelled out are the default ones", schema(countersIdentity),
        schema(replaceColumn(counters, column("id", integer()).identity(new Identity(Identity.Generation.BY_DEFAULT, 1L, 1L)))),
        List.of()));

    cases.add(of("column comment", schema(users), schema(replaceColumn(users, email.comment("login"))),
        List.of(alter("users", "email", null, null, null, null, Change.of(null, "login")))));
    cases.add(of("table comment", schema(users.withComment("people")), schema(users.withComment("accounts")),
        List.of(new Op.SetTableComment(null, "users", Change.of("people", "accounts")))));

    // -- primary keys --
    Table memberships = table("memberships", column("user_id", bigint()).notNull(), column("team_id", bigint()),
        primaryKey("memberships_pkey", List.of("user_id")));
    Table membershipsTwo = new Table("memberships",
        List.of(column("user_id", bigint()).notNull(), column("team_id", bigint()).notNull()),
        primaryKey("memberships_pkey", List.of("user_id", "team_id")), null, null, null, null, null);
    cases.add(of("primary key columns changed", schema(memberships), schema(membershipsTwo), List.of(
        new Op.DropConstraint(null, "memberships", "memberships_pkey", memberships.primaryKey()),
        alter("memberships", "team_id", null, Change.of(true, false), null, null, null),
        new Op.AddPrimaryKey(null, "memberships", membershipsTwo.primaryKey())),
        note(DiffNote.Kind.MAY_FAIL, "memberships", "adding primary key (user_id, team_id) to memberships fails if existing rows hold duplicates or NULLs")));
    cases.add(of("primary key loses a column, which becomes nullable", schema(membershipsTwo), schema(memberships), List.of(
        new Op.DropConstraint(null, "memberships", "memberships_pkey", membershipsTwo.primaryKey()),
        alter("memberships", "team_id", null, Change.of(false, true), null, null, null),
        new Op.AddPrimaryKey(null, "memberships", memberships.primaryKey()))));
    cases.add(of("primary key named otherwise", schema(users),
        schema(new Table("users", users.columns(), primaryKey("pk_users", List.of("id")), null, null, null, null, null)),
        List.of()));

    // -- unique constraints --
    UniqueConstraint emailKey = unique("users_email_key", List.of("email"));
    cases.add(of("unique constraint added, named as PostgreSQL would", schema(users), schema(users(unique("email"))),
        List.of(new Op.AddUniqueConstraint(null, "users", emailKey)),
        note(DiffNote.Kind.MAY_FAIL, "users", "adding unique constraint users_email_key on users(email) fails if existing rows hold duplicates")));
    cases.add(of("unique constraint dropped", schema(users(emailKey)), schema(users),
        List.of(new Op.DropConstraint(null, "users", "users_email_key", emailKey))));
    Table usersWithHandle = withColumn(users(emailKey), column("handle", text()));
    UniqueConstraint emailHandle = unique("users_email_key", List.of("email", "handle"));
    cases.add(of("unique constraint columns changed",
        schema(usersWithHandle),
        schema(withColumn(users(emailHandle), column("handle", text()))),
        List.of(new Op.DropConstraint(null, "users", "users_email_key", emailKey),
            new Op.AddUniqueConstraint(null, "users", emailHandle)),
        note(DiffNote.Kind.MAY_FAIL, "users", "adding unique constraint users_email_key on users(email, handle) fails if existing rows hold duplicates")));
    cases.add(of("unique constraint named by someone else", schema(users(emailKey)),
        schema(users(unique("uk_6dotkott2kjsp8vw4d0m25fb7", List.of("email")))), List.of()));
    cases.add(of("unnamed unique constraint matches a named one", schema(users(emailKey)), schema(users(unique("email"))), List.of()));
    cases.add(of("the index a constraint owns is no difference",
        schema(withIndexes(users(emailKey), index("users_pkey", "users", "id").asUnique(),
            index("users_email_key", "users", "email").asUnique())),
        schema(users(emailKey)), List.of()));

    // -- indexes --
    Index byEmail = index("users_email_idx", "users", "email");
    cases.add(of("index added", schema(users), schema(withIndexes(users, byEmail)),
        List.of(new Op.CreateIndex(null, byEmail, false))));
    cases.add(of("index dropped", schema(withIndexes(users, byEmail)), schema(users),
        List.of(new Op.DropIndex(null, "users_email_idx", byEmail, false))));
    cases.add(of("index made unique", schema(withIndexes(users, byEmail)), schema(withIndexes(users, byEmail.asUnique())),
        List.of(new Op.DropIndex(null, "users_email_idx", byEmail, false), new Op.CreateIndex(null, byEmail.asUnique(), false)),
        note(DiffNote.Kind.MAY_FAIL, "users", "creating unique index users_email_idx on users fails if existing rows hold duplicates")));
    Index emailId = index("users_email_id_idx", "users", "email", "id");
    Index idEmail = index("users_email_id_idx", "users", "id", "email");
    cases.add(of("index column order", schema(withIndexes(users, emailId)), schema(withIndexes(users, idEmail)),
        List.of(new Op.DropIndex(null, "users_email_id_idx", emailId, false), new Op.CreateIndex(null, idEmail, false))));
    Index partial = byEmail.where("(email IS NOT NULL)");
    cases.add(of("index made partial", schema(withIndexes(users, byEmail)), schema(withIndexes(users, partial)),
        List.of(new Op.DropIndex(null, "users_email_idx", byEmail, false), new Op.CreateIndex(null, partial, false))));
    Index lower = index("users_lower_email_idx", "users", expr("lower((email)::text)"));
    cases.add(of("expression index added", schema(users), schema(withIndexes(users, lower)),
        List.of(new Op.CreateIndex(null, lower, false))));
    cases.add(of("index renamed, spelled otherwise: no difference",
        schema(withIndexes(users, byEmail.where("(email IS NOT NULL)"), index("a_idx", "users", desc("id")))),
        schema(withIndexes(users, byEmail.renamed("idx_email").where("email IS NOT NULL").using("btree"),
            index("b_idx", "users", new IndexElement("id", false, true, IndexElement.Nulls.FIRST)))),
        List.of()));

    // -- foreign keys --
    ForeignKey memberTeam = fk("members_team_id_fkey", "team_id", "teams", "id");
    cases.add(of("foreign key added", schema(teams(), members()), schema(teams(), members(memberTeam)),
        List.of(new Op.AddForeignKey(null, "members", memberTeam, false)),
        note(DiffNote.Kind.MAY_FAIL, "members", "adding foreign key members_team_id_fkey on members(team_id) fails if existing rows reference missing teams rows")));
    cases.add(of("foreign key dropped", schema(teams(), members(memberTeam)), schema(teams(), members()),
        List.of(new Op.DropConstraint(null, "members", "members_team_id_fkey", memberTeam))));
    ForeignKey cascade = memberTeam.onDelete(ForeignKey.Action.CASCADE);
    cases.add(of("foreign key ON DELETE changed", schema(teams(), members(memberTeam)), schema(teams(), members(cascade)),
        List.of(new Op.DropConstraint(null, "members", "members_team_id_fkey", memberTeam),
            new Op.AddForeignKey(null, "members", cascade, false)),
        note(DiffNote.Kind.MAY_FAIL, "members", "adding foreign key members_team_id_fkey on members(team_id) fails if existing rows reference missing teams rows")));
    cases.add(of("foreign key named by someone else, qualified otherwise", schema(teams(), members(memberTeam)),
        schema(teams(), members(fk("fk_members_team", "team_id", "teams", "id").referencingSchema("public"))), List.of()));

    Table orders = table("orders", column("region", text()).notNull(), column("number", integer()).notNull(),
        primaryKey("orders_pkey", List.of("region", "number")));
    ForeignKey lineOrder = foreignKey("lines_region_number_fkey", List.of("region", "number"), "orders", List.of("region", "number"));
    Table lines = table("lines", id(), column("region", text()), column("number", integer()),
        primaryKey("lines_pkey", List.of("id")), lineOrder);
    cases.add(of("two-column foreign key", schema(), schema(lines, orders), List.of(
        new Op.CreateTable(null, lines.withForeignKeys(List.of())),
        new Op.CreateTable(null, orders),
        new Op.AddForeignKey(null, "lines", lineOrder, false))));

    ForeignKey parent = fk("nodes_parent_id_fkey", "parent_id", "nodes", "id");
    Table nodes = table("nodes", id(), column("parent_id", bigint()), primaryKey("nodes_pkey", List.of("id")), parent);
    cases.add(of("self-referencing foreign key", schema(), schema(nodes), List.of(
        new Op.CreateTable(null, nodes.withForeignKeys(List.of())),
        new Op.AddForeignKey(null, "nodes", parent, false))));
    cases.add(of("self-referencing table dropped", schema(nodes), schema(), List.of(
        new Op.DropConstraint(null, "nodes", "nodes_parent_id_fkey", parent),
        new Op.DropTable(null, "nodes", nodes.withForeignKeys(List.of()))),
        note(DiffNote.Kind.DATA_LOSS, "nodes", "dropping table nodes loses its data")));

    ForeignKey aToB = fk("a_b_id_fkey", "b_id", "b", "id");
    ForeignKey bToA = fk("b_a_id_fkey", "a_id", "a", "id");
    Table a = table("a", id(), column("b_id", bigint()), primaryKey("a_pkey", List.of("id")), aToB);
    Table b = table("b", id(), column("a_id", bigint()), primaryKey("b_pkey", List.of("id")), bToA);
    cases.add(of("tables whose foreign keys point at each other", schema(), schema(b, a), List.of(
        new Op.CreateTable(null, a.withForeignKeys(List.of())),
        new Op.CreateTable(null, b.withForeignKeys(List.of())),
        new Op.AddForeignKey(null, "a", aToB, false),
        new Op.AddForeignKey(null, "b", bToA, false))));
    cases.add(of("tables whose foreign keys point at each other, dropped", schema(a, b), schema(), List.of(
        new Op.DropConstraint(null, "a", "a_b_id_fkey", aToB),
        new Op.DropConstraint(null, "b", "b_a_id_fkey", bToA),
        new Op.DropTable(null, "a", a.withForeignKeys(List.of())),
        new Op.DropTable(null, "b", b.withForeignKeys(List.of()))),
        note(DiffNote.Kind.DATA_LOSS, "a", "dropping table a loses its data"),
        note(DiffNote.Kind.DATA_LOSS, "b", "dropping table b loses its data")));

    // -- checks --
    Column ageChecked = column("age", integer());
    Table withAge = withColumn(users, ageChecked);
    Table withAgeCheck = withColumn(users(check("users_age_check", "(age >= 0)")), ageChecked);
    Table withAgeCheck18 = withColumn(users(check("users_age_check", "(age >= 18)")), ageChecked);
    cases.add(of("check added", schema(withAge), schema(withAgeCheck),
        List.of(new Op.AddCheckConstraint(null, "users", check("users_age_check", "(age >= 0)"), false)),
        note(DiffNote.Kind.MAY_FAIL, "users", "adding check constraint users_age_check on users fails if existing rows violate it")));
    cases.add(of("check dropped", schema(withAgeCheck), schema(withAge),
        List.of(new Op.DropConstraint(null, "users", "users_age_check", check("users_age_check", "(age >= 0)")))));
    cases.add(of("check changed", schema(withAgeCheck), schema(withAgeCheck18), List.of(
        new Op.DropConstraint(null, "users", "users_age_check", check("users_age_check", "(age >= 0)")),
        new Op.AddCheckConstraint(null, "users", check("users_age_check", "(age >= 18)"), false))));
    cases.add(of("check spelled otherwise and named otherwise", schema(withAgeCheck),
        schema(withColumn(users(check("ck_age", "CHECK ( age >= 0 )")), ageChecked)), List.of()));
    cases.add(of("column dropped with its check and index",
        schema(withIndexes(withAgeCheck, index("users_age_idx", "users", "age"))), schema(users), List.of(
            new Op.DropIndex(null, "users_age_idx", index("users_age_idx", "users", "age"), false),
            new Op.DropConstraint(null, "users", "users_age_check", check("users_age_check", "(age >= 0)")),
            new Op.DropColumn(null, "users", "age", ageChecked))));

    // -- enum types --
    EnumType statusType = enumType("research_status", "draft", "published");
    Column statusColumn = column("status", type("research_status")).notNull();
    Table studies = table("studies", id(), statusColumn, primaryKey("studies_pkey", List.of("id")));
    cases.add(of("enum type created before its table", schema(), schema(List.of(studies), List.of(), List.of(statusType)),
        List.of(new Op.CreateEnumType(null, statusType), new Op.CreateTable(null, studies))));
    cases.add(of("enum type dropped after its table", schema(List.of(studies), List.of(), List.of(statusType)), schema(),
        List.of(new Op.DropTable(null, "studies", studies), new Op.DropEnumType(null, "research_status", statusType)),
        note(DiffNote.Kind.DATA_LOSS, "studies", "dropping table studies loses its data")));
    cases.add(of("enum values added at the end, the start and in between",
        schema(List.of(studies), List.of(), List.of(statusType)),
        schema(List.of(studies), List.of(), List.of(enumType("research_status", "idea", "draft", "review", "published", "retracted"))),
        List.of(new Op.AddEnumValue(null, "research_status", "idea", "draft", null),
            new Op.AddEnumValue(null, "research_status", "review", null, "draft"),
            new Op.AddEnumValue(null, "research_status", "retracted", null, null)),
        note(DiffNote.Kind.IRREVERSIBLE, "research_status", "enum research_status gains value 'idea': PostgreSQL cannot drop enum values, so the downgrade must re-create the type by hand")));
    EnumType kind = enumType("study_kind", "survey", "interview");
    Column kindColumn = column("kind", type("study_kind"));
    cases.add(of("column moves to a new enum type, the old one goes",
        schema(List.of(withColumn(studies, kindColumn.withType(type("old_kind")))), List.of(), List.of(statusType, enumType("old_kind", "survey"))),
        schema(List.of(withColumn(studies, kindColumn)), List.of(), List.of(statusType, kind)),
        List.of(new Op.CreateEnumType(null, kind),
            alter("studies", "kind", Change.of(type("old_kind"), type("study_kind")), null, null, null, null),
            new Op.DropEnumType(null, "old_kind", enumType("old_kind", "survey"))),
        note(DiffNote.Kind.NEEDS_USING, "studies.kind", "changing studies.kind from old_kind to study_kind has no automatic conversion: add a USING expression")));

    // -- sequences --
    Sequence orderNumbers = sequence("order_numbers").startWith(1000);
    Table invoices = table("invoices", column("number", bigint()).notNull().defaultValue("nextval('order_numbers'::regclass)"),
        primaryKey("invoices_pkey", List.of("number")));
    cases.add(of("sequence created before the default that uses it", schema(),
        schema(List.of(invoices), List.of(orderNumbers), List.of()),
        List.of(new Op.CreateSequence(null, orderNumbers), new Op.CreateTable(null, invoices))));
    cases.add(of("sequence dropped after the table that uses it", schema(List.of(invoices), List.of(orderNumbers), List.of()),
        schema(), List.of(new Op.DropTable(null, "invoices", invoices), new Op.DropSequence(null, "order_numbers", orderNumbers)),
        note(DiffNote.Kind.DATA_LOSS, "invoices", "dropping table invoices loses its data"),
        note(DiffNote.Kind.DATA_LOSS, "order_numbers", "dropping sequence order_numbers loses its current value; the downgrade starts it afresh")));
    cases.add(of("sequence altered", schema(List.of(), List.of(orderNumbers), List.of()),
        schema(List.of(), List.of(orderNumbers.incrementBy(10)), List.of()),
        List.of(new Op.AlterSequence(null, orderNumbers, orderNumbers.incrementBy(10)))));
    cases.add(of("sequence options spelled out are the default ones",
        schema(List.of(), List.of(sequence("s")), List.of()),
        schema(List.of(), List.of(new Sequence("s", "bigint", 1L, 1L, 1L, Long.MAX_VALUE, 1L, false)), List.of()), List.of()));

    // -- ordering across tables --
    Table oldTable = withIndexes(table("old_things", id(), column("code", text())), index("things_code_idx", "old_things", "code"));
    Table newTable = withIndexes(table("new_things", id(), column("code", text())), index("things_code_idx", "new_things", "code"));
    cases.add(of("an index name freed on a dropped table before a new table takes it", schema(oldTable), schema(newTable), List.of(
        new Op.CreateTable(null, newTable.withIndexes(List.of())),
        new Op.DropIndex(null, "things_code_idx", oldTable.indexes().get(0), false),
        new Op.CreateIndex(null, newTable.indexes().get(0), false),
        new Op.DropTable(null, "old_things", oldTable.withIndexes(List.of()))),
        note(DiffNote.Kind.DATA_LOSS, "old_things", "dropping table old_things loses its data")));
    ForeignKey memberTeamCode = foreignKey("members_team_code_fkey", List.of("team_code"), "teams", List.of("code"));
    Table teamsWithCode = withColumn(teams(), column("code", text()).notNull());
    Table teamsKeyedByCode = new Table("teams", teamsWithCode.columns(), teamsWithCode.primaryKey(),
        List.of(unique("teams_code_key", List.of("code"))), null, null, null, null);
    Table membersByCode = withColumn(members(), column("team_code", text()));
    cases.add(of("a foreign key to a new column with a new unique key", schema(teams(), members()),
        schema(teamsKeyedByCode, membersByCode.withForeignKeys(List.of(memberTeamCode))), List.of(
            new Op.AddColumn(null, "members", column("team_code", text())),
            new Op.AddColumn(null, "teams", column("code", text()).notNull()),
            new Op.AddUniqueConstraint(null, "teams", unique("teams_code_key", List.of("code"))),
            new Op.AddForeignKey(null, "members", memberTeamCode, false))));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheExpectedOps(Case c) {
    Diff diff = DIFFER.diff(c.current(), c.target());
    assertThat(diff.ops()).containsExactlyElementsOf(c.ops());
    assertThat(diff.notes()).containsAll(c.notes());
    assertThat(diff.isEmpty()).isEqualTo(c.ops().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void upgradeReachesTheTargetAndDowngradeTheStart(Case c) {
    Diff diff = DIFFER.diff(c.current(), c.target());
    Schema upgraded = SchemaModel.apply(c.current(), diff.ops(), c.target());
    assertThat(DIFFER.diff(upgraded, c.target()).ops()).as("diff after the upgrade").isEmpty();
    if (diff.ops().stream().anyMatch(op -> op instanceof Op.AddEnumValue)) {
      assertThat(diff.notes(DiffNote.Kind.IRREVERSIBLE)).isNotEmpty();
      assertThatThrownBy(diff::downgrade).isInstanceOf(IrreversibleOperationException.class);
      return;
    }
    Schema downgraded = SchemaModel.apply(upgraded, diff.downgrade(), c.current());
    assertThat(SchemaModel.canonical(downgraded)).isEqualTo(SchemaModel.canonical(SchemaModel.apply(c.current(), List.of(), c.target())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isDeterministicWhateverTheInputOrder(Case c) {
    Diff first = DIFFER.diff(c.current(), c.target());
    Diff shuffled = DIFFER.diff(reversed(c.current()), reversed(c.target()));
    assertThat(shuffled.ops()).containsExactlyElementsOf(first.ops());
    assertThat(shuffled.notes()).containsExactlyElementsOf(first.notes());
  }

  private static Schema reversed(Schema s) {
    List<Table> tables = new ArrayList<>();
    for (Table t : s.tables()) {
      tables.add(new Table(t.name(), t.columns(), t.primaryKey(), reversedList(t.uniqueConstraints()),
          reversedList(t.checkConstraints()), reversedList(t.foreignKeys()), reversedList(t.indexes()), t.comment()));
    }
    return new Schema(s.name(), reversedList(tables), reversedList(s.sequences()), reversedList(s.enumTypes()));
  }

  private static <T> List<T> reversedList(List<T> list) {
    List<T> out = new ArrayList<>(list);
    Collections.reverse(out);
    return out;
  }

  // ---- single points -------------------------------------------------------------------------------

  @Test
  void enumValueRemovedOrReorderedIsLeftToAPerson() {
    Schema current = schema(List.of(), List.of(), List.of(enumType("status", "a", "b", "c")));
    Diff removed = DIFFER.diff(current, schema(List.of(), List.of(), List.of(enumType("status", "a", "c", "d"))));
    assertThat(removed.ops()).isEmpty();
    assertThat(removed.isEmpty()).isFalse();
    assertThat(removed.notes()).containsExactly(note(DiffNote.Kind.MANUAL, "status",
        "enum status lost value 'b': PostgreSQL cannot drop enum values; write this by hand"));

    Diff reordered = DIFFER.diff(current, schema(List.of(), List.of(), List.of(enumType("status", "c", "b", "a"))));
    assertThat(reordered.ops()).isEmpty();
    assertThat(reordered.notes(DiffNote.Kind.MANUAL)).hasSize(1);
    assertThat(reordered.notes().get(0).text()).contains("cannot reorder");
  }

  @Test
  void opsInAnOtherSchemaAreQualified() {
    Schema current = new Schema("app", List.of(), List.of(), List.of());
    Schema target = new Schema("app", List.of(table("t", id())), List.of(), List.of());
    assertThat(DIFFER.ops(current, target)).containsExactly(new Op.CreateTable("app", table("t", id())));
  }

  @Test
  void dependencySortMovesOnlyWhatMustMove() {
    ForeignKey aToB = fk("a_b_id_fkey", "b_id", "b", "id");
    Table a = table("a", id(), column("b_id", bigint()), primaryKey("a_pkey", List.of("id")));
    Table b = table("b", id(), primaryKey("b_pkey", List.of("id")));
    EnumType e = enumType("mood", "ok");
    Op addFk = new Op.AddForeignKey(null, "a", aToB, false);
    Op createA = new Op.CreateTable(null, a);
    Op createB = new Op.CreateTable(null, withColumn(b, column("mood", type("mood"))));
    Op createType = new Op.CreateEnumType(null, e);
    assertThat(OpOrder.sort(List.of(addFk, createA, createB, createType)))
        .containsExactly(createA, createType, createB, addFk);

    Op dropFk = new Op.DropConstraint(null, "a", "a_b_id_fkey", aToB);
    Op dropB = new Op.DropTable(null, "b", b);
    assertThat(OpOrder.sort(List.of(dropB, dropFk))).containsExactly(dropFk, dropB);
    assertThat(OpOrder.sort(List.of(dropFk, dropB))).containsExactly(dropFk, dropB);

    Op dropAge = new Op.DropColumn(null, "users", "age", column("age", integer()));
    Op dropCheck = new Op.DropConstraint(null, "users", "users_age_check", check("users_age_check", "(age >= 0)"));
    Op dropIndex = new Op.DropIndex(null, "users_age_idx", index("users_age_idx", "users", expr("(age + 1)")), false);
    assertThat(OpOrder.sort(List.of(dropAge, dropCheck, dropIndex))).containsExactly(dropCheck, dropIndex, dropAge);
  }

  @Test
  void typeChangeCosts() {
    DialectRules rules = new PostgresRules();
    assertThat(rules.typeChange(varchar(10), varchar(20))).isEqualTo(new DialectRules.TypeChange(false, false, false));
    assertThat(rules.typeChange(varchar(20), text())).isEqualTo(new DialectRules.TypeChange(false, false, false));
    assertThat(rules.typeChange(text(), integer())).isEqualTo(new DialectRules.TypeChange(true, true, true));
    assertThat(rules.typeChange(bigint(), integer())).isEqualTo(new DialectRules.TypeChange(true, true, false));
    assertThat(rules.typeChange(integer(), numeric(12, 2))).isEqualTo(new DialectRules.TypeChange(true, false, false));
    assertThat(rules.typeChange(numeric(10, 2), numeric(10, 4))).isEqualTo(new DialectRules.TypeChange(true, true, false));
    assertThat(rules.typeChange(type("timestamp(3) without time zone"), timestamp()))
        .isEqualTo(new DialectRules.TypeChange(false, false, false));
    assertThat(rules.typeChange(integer(), type("integer[]")).needsUsing()).isTrue();
  }

  @Test
  void typeSpellings() {
    assertThat(PostgresRules.canonicalType("timestamp (6) with time zone")).isEqualTo("timestamp(6) with time zone");
    assertThat(PostgresRules.canonicalType("TIMESTAMPTZ")).isEqualTo("timestamp with time zone");
    assertThat(PostgresRules.canonicalType("timestamp")).isEqualTo("timestamp without time zone");
    assertThat(PostgresRules.canonicalType("varchar( 20 )")).isEqualTo("character varying(20)");
    assertThat(PostgresRules.canonicalType("numeric(10, 2)")).isEqualTo("numeric(10,2)");
    assertThat(PostgresRules.canonicalType("int8[]")).isEqualTo("bigint[]");
    assertThat(PostgresRules.canonicalType("timetable")).isEqualTo("timetable");
    assertThat(PostgresRules.canonicalType("\"Mood\"")).isEqualTo("\"Mood\"");
  }

  @Test
  void defaultSpellings() {
    assertThat(PostgresRules.canonicalDefault("('x'::character varying)::text")).isEqualTo("'x'");
    assertThat(PostgresRules.canonicalDefault("'it''s'::text")).isEqualTo("'it''s'");
    assertThat(PostgresRules.canonicalDefault("CURRENT_TIMESTAMP")).isEqualTo("now()");
    assertThat(PostgresRules.canonicalDefault("'2020-01-01'::date")).isEqualTo("'2020-01-01'::date");
    assertThat(PostgresRules.canonicalDefault("('a'::text || 'b'::text)")).isEqualTo("'a'::text || 'b'::text");
    assertThat(new PostgresRules().canonicalExpression("(a) + (b)")).isEqualTo("(a) + (b)");
    assertThat(new PostgresRules().canonicalExpression("CHECK ((age >= 0))")).isEqualTo("age >= 0");
  }

  /**
   * PostgreSQL prints an IN list on a varchar column one way, and that text, run again by a migration,
   * another way (see {@link PostgresRulesCheckTest}): in a check and in an index predicate alike, no diff.
   */
  @Test
  void anInListReadBackAfterAMigrationIsNoDifference() {
    String asCreated = "((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'REVIEW'::character varying])::text[]))";
    String asMigrated = "((status)::text = ANY (ARRAY[('DRAFT'::character varying)::text, ('REVIEW'::character varying)::text]))";
    Table created = table("research", column("status", varchar(20)), check("research_status_check", asCreated));
    Table migrated = table("research", column("status", varchar(20)), check("research_status_check", asMigrated));
    assertThat(DIFFER.diff(schema(migrated), schema(created)).isEmpty()).isTrue();

    Index partial = index("research_open_idx", "research", "status").where(asCreated);
    assertThat(DIFFER.diff(schema(withIndexes(migrated, partial.where(asMigrated))), schema(withIndexes(migrated, partial)))
        .isEmpty()).isTrue();
    Index otherList = partial.where(asMigrated.replace("REVIEW", "DONE"));
    assertThat(DIFFER.diff(schema(withIndexes(migrated, otherList)), schema(withIndexes(migrated, partial))).ops())
        .hasSize(2);
    // A bracket or a comma inside a literal is part of the literal.
    assertThat(new PostgresRules().canonicalExpression("(ARRAY['a,]'::character varying, 'b'::character varying])::text[]"))
        .isEqualTo("ARRAY[('a,]'::character varying)::text, ('b'::character varying)::text]");
  }

  @Test
  void aPrimaryKeyWithoutNameIsNamedAsPostgresqlWould() {
    Table t = table("t", id());
    Diff diff = DIFFER.diff(schema(t), schema(table("t", id(), primaryKey("id"))));
    assertThat(diff.ops()).containsExactly(new Op.AddPrimaryKey(null, "t", new PrimaryKey("t_pkey", List.of("id"))));
    assertThat(diff.downgrade()).containsExactly(new Op.DropConstraint(null, "t", "t_pkey", new PrimaryKey("t_pkey", List.of("id"))));
  }

  @Test
  void theModelRefusesAnOrderThatWouldNotRun() {
    ForeignKey aToB = fk("a_b_id_fkey", "b_id", "b", "id");
    Table a = table("a", id(), column("b_id", bigint()), primaryKey("a_pkey", List.of("id")));
    Table b = table("b", id(), primaryKey("b_pkey", List.of("id")));
    assertThatThrownBy(() -> SchemaModel.apply(schema(a), List.of(
        new Op.AddForeignKey(null, "a", aToB, false), new Op.CreateTable(null, b)), schema()))
        .hasMessageContaining("no table b");
    assertThatThrownBy(() -> SchemaModel.apply(schema(a.withForeignKeys(List.of(aToB)), b),
        List.of(new Op.DropTable(null, "b", b)), schema()))
        .hasMessageContaining("references b");
  }
}
