package dev.autogen.safety;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.read.ReadOptions;
import dev.autogen.runtime.schema.Schema;
import dev.autogen.runtime.schema.Table;
import dev.autogen.runtime.schema.TableElement;
import dev.autogen.shadow.ShadowServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How two schemas read at two steps of {@code verify} are compared, without a database. */
class ReversibilityDifferencesTest {

  private final ReversibilityVerifier verifier = new ReversibilityVerifier(
      ShadowServer.atUrl("jdbc:postgresql://unused/postgres", null, null), ReadOptions.defaults(), null);

  private static Schema schema(Table... tables) {
    return new Schema("public", List.of(tables), List.of(), List.of());
  }

  private static Table users(String... columns) {
    List<TableElement> elements = new ArrayList<>();
    for (String c : columns) {
      elements.add(c.equals("id") ? column(c, bigint()).notNull() : column(c, text()));
    }
    return Table.of("users", elements);
  }

  @Test
  void aLeftoverIndexIsDescribedAsTheOpThatWouldAddIt() {
    Table before = users("id", "email");
    Table after = before.withIndexes(List.of(index("ix_users_email", "users", "email")));
    List<String> notes = new ArrayList<>();
    assertThat(verifier.differences(schema(before), schema(after), notes))
        .containsExactly("added index ix_users_email on users(email)");
    assertThat(notes).isEmpty();
  }

  @Test
  void aColumnBackAtTheEndIsANoteNotADifference() {
    List<String> notes = new ArrayList<>();
    assertThat(verifier.differences(schema(users("id", "email", "name")), schema(users("id", "name", "email")), notes))
        .isEmpty();
    assertThat(notes).containsExactly("column order of users changed from (id, email, name) to (id, name, email)");
  }

  @Test
  void aConstraintReCreatedUnderAnotherNameIsADifference() {
    Table before = Table.of("users", List.of(column("email", text()), unique("uq_users_email", List.of("email"))));
    Table after = Table.of("users", List.of(column("email", text()), unique("users_email_key", List.of("email"))));
    List<String> found = verifier.differences(schema(before), schema(after), new ArrayList<>());
    assertThat(found).containsExactly(
        "table users: unique constraints differ: before uq_users_email(email), after users_email_key(email)");
  }
}
