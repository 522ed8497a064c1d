package dev.autogen.render;

import static dev.autogen.runtime.schema.Ddl.check;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.desc;
import static dev.autogen.runtime.schema.Ddl.expr;
import static dev.autogen.runtime.schema.Ddl.foreignKey;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.sequence;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.unique;
import static dev.autogen.runtime.schema.Ddl.uuid;
import static dev.autogen.runtime.schema.Ddl.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.model.Provenance;
import dev.autogen.runtime.op.Change;
import dev.autogen.runtime.op.ColumnChanges;
import dev.autogen.runtime.op.Op;
import dev.autogen.runtime.schema.EnumType;
import dev.autogen.runtime.schema.ForeignKey;
import dev.autogen.runtime.schema.Identity;
import dev.autogen.runtime.schema.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One line per op, in the words every report uses. */
class ChangeDescriberTest {
  private static final Provenance PROVENANCE = new Provenance(
      Map.of("team_members", "TeamMember", "users", "User", "research", "Research"),
      Map.of("team_members.linkedin_url", "TeamMember.linkedinUrl", "users.email", "User.email",
          "users.full_name", "User.fullName"));
  private final ChangeDescriber describer = new ChangeDescriber(PROVENANCE);

  static Stream<Arguments> descriptions() {
    Table research = Table.of("research", List.of(column("id", uuid()).notNull(), primaryKey("id")));
    return Stream.of(
        Arguments.of(new Op.CreateTable(null, research), "added table research (Research)"),
        Arguments.of(new Op.DropTable("app", "legacy", null), "dropped table app.legacy"),
        Arguments.of(new Op.RenameTable(null, "user", "users"), "renamed table user to users (User)"),
        Arguments.of(new Op.SetTableComment(null, "users", Change.of("a", "b")), "changed comment of table users (User)"),
        Arguments.of(new Op.SetTableComment(null, "users", Change.to("b")), "set comment of table users (User)"),
        Arguments.of(new Op.SetTableComment(null, "users", Change.of("a", null)), "removed comment of table users (User)"),
        Arguments.of(new Op.AddColumn(null, "team_members", column("linkedin_url", varchar(255))),
            "added column team_members.linkedin_url (TeamMember.linkedinUrl)"),
        Arguments.of(new Op.AddColumn(null, "team_members", column("nickname", text())),
            "added column team_members.nickname (TeamMember)"),
        Arguments.of(new Op.AddColumn(null, "other", column("x", text())), "added column other.x"),
        Arguments.of(new Op.DropColumn(null, "users", "legacy", null), "dropped column users.legacy"),
        Arguments.of(new Op.RenameColumn(null, "users", "name", "full_name"),
            "renamed column users.name to full_name (User.fullName)"),
        Arguments.of(ColumnChanges.alter().type(varchar(255), varchar(320)).nullable(true, false).toOp(null, "users", "email"),
            "changed column users.email (User.email): type from character varying(255) to character varying(320), set NOT NULL"),
        Arguments.of(ColumnChanges.alter().type(text()).using("email::text").dropNotNull().toOp("app", "users", "email"),
            "changed column app.users.email (User.email): type to text using email::text, dropped NOT NULL"),
        Arguments.of(ColumnChanges.alter().defaultValue("'a'", "'b'").toOp(null, "t", "c"),
            "changed column t.c: default from 'a' to 'b'"),
        Arguments.of(ColumnChanges.alter().defaultValue(null, "now()").toOp(null, "t", "c"),
            "changed column t.c: default now()"),
        Arguments.of(ColumnChanges.alter().defaultValue("now()", null).toOp(null, "t", "c"),
            "changed column t.c: dropped default now()"),
        Arguments.of(ColumnChanges.alter().identity(null, new Identity(Identity.Generation.ALWAYS, 100L, null))
            .toOp(null, "t", "c"), "changed column t.c: identity generated always, start 100"),
        Arguments.of(ColumnChanges.alter().identity(Identity.byDefault(), null).comment("x").toOp(null, "t", "c"),
            "changed column t.c: dropped identity, set comment"),
        Arguments.of(new Op.CreateIndex(null, index("ix_research_status", "research", "status"), false),
            "added index ix_research_status on research(status) (Research)"),
        Arguments.of(new Op.CreateIndex("app", index("ux", "t", desc("a"), expr("lower(b)")).asUnique().where("a > 0"), true),
            "added unique index ux on app.t(a desc, lower(b)) where a > 0, concurrently"),
        Arguments.of(new Op.DropIndex(null, "ix", null, false), "dropped index ix"),
        Arguments.of(new Op.AddPrimaryKey(null, "users", primaryKey("id").named("users_pkey")),
            "added primary key users_pkey on users(id) (User)"),
        Arguments.of(new Op.AddUniqueConstraint(null, "users", unique("email")),
            "added unique constraint on users(email) (User)"),
        Arguments.of(new Op.AddForeignKey(null, "research", foreignKey("owner_id", "users", "id").named("fk_owner")
                .onDelete(ForeignKey.Action.SET_NULL), true),
            "added foreign key fk_owner on research(owner_id) referencing users(id) on delete set null, not validated (Research)"),
        Arguments.of(new Op.AddCheckConstraint(null, "t", check("ck", "a > 0"), false), "added check constraint ck on t: a > 0"),
        Arguments.of(new Op.ValidateConstraint(null, "t", "ck"), "validated constraint ck of t"),
        Arguments.of(new Op.DropConstraint(null, "t", "fk", foreignKey("a", "u", "id")), "dropped foreign key fk of t"),
        Arguments.of(new Op.DropConstraint(null, "t", "x", null), "dropped constraint x of t"),
        Arguments.of(new Op.CreateSequence(null, sequence("s")), "added sequence s"),
        Arguments.of(new Op.AlterSequence("app", null, sequence("s").incrementBy(5)), "changed sequence app.s"),
        Arguments.of(new Op.DropSequence(null, "s", null), "dropped sequence s"),
        Arguments.of(new Op.CreateEnumType(null, new EnumType("status", List.of("draft", "done"))),
            "added enum type status ('draft', 'done')"),
        Arguments.of(new Op.DropEnumType(null, "status", null), "dropped enum type status"),
        Arguments.of(new Op.AddEnumValue(null, "status", "review", "done", null),
            "added value 'review' to enum type status before 'done'"),
        Arguments.of(new Op.Execute("UPDATE users\n   SET role = 'member'\n WHERE role IS NULL AND created_at < now() - interval '1 day'",
            List.of(), null), "ran SQL: UPDATE users SET role = 'member' WHERE role IS NULL AND c..."),
        Arguments.of(new Op.BulkInsert(null, "roles", List.of("name"), List.of(List.of("a"))), "inserted 1 row into roles"),
        Arguments.of(new Op.BulkInsert(null, "roles", List.of("name"), List.of(List.of("a"), Arrays.asList((Object) null))),
            "inserted 2 rows into roles"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("descriptions")
  void describes(Op op, String description) {
    assertThat(describer.describe(op)).isEqualTo(description);
  }

  @Test
  void withoutProvenanceNamesNoEntity() {
    assertThat(ChangeDescriber.withoutProvenance()
        .describe(new Op.AddColumn(null, "team_members", column("linkedin_url", varchar(255)))))
        .isEqualTo("added column team_members.linkedin_url");
  }

  @Test
  void dropsCarryDataLossRisks() {
    Table t = Table.of("t", List.of(column("a", text())));
    assertThat(describer.risks(new Op.DropTable(null, "t", t)))
        .containsExactly("dropping table t deletes all its rows; the downgrade re-creates the table but not its data");
    assertThat(describer.risks(new Op.DropTable(null, "t", null))).containsExactly("dropping table t deletes all its rows");
    assertThat(describer.risks(new Op.DropColumn("app", "t", "a", column("a", text()))))
        .containsExactly("dropping column app.t.a deletes its data; the downgrade re-adds the column but not its data");
    assertThat(describer.risks(new Op.DropSequence(null, "s", sequence("s"))))
        .containsExactly("dropping sequence s loses its current value; the downgrade re-creates it at its start value");
    assertThat(describer.risks(new Op.AddColumn(null, "t", column("a", text())))).isEmpty();
    assertThat(describer.risks(new Op.DropIndex(null, "ix", null, false))).isEmpty();
  }
}
