package dev.autogen.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.shadow.ShadowServer;
import dev.autogen.testing.PostgresTest;
import dev.autogen.testing.SchemaSnapshot;
import dev.autogen.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hibernate's create script applied to PostgreSQL, directly and through a scratch database. */
@PostgresTest
class EntitySchemaReaderTest {
  static final List<String> MODELS = List.of("basics", "types", "generators", "single", "joined", "perclass", "embedded", "relations", "naming");

  static SchemaSnapshot applied(String pkg, TestDatabase db) throws SQLException {
    try (EntityMetadata m = EntityMetadataTest.boot(pkg); Connection c = db.connection()) {
      EntitySchemaReader.apply(m.createScript(), c);
    }
    return db.snapshot();
  }

  @Test
  void everyModelsScriptRunsOnPostgres(TestDatabase db) throws SQLException {
    try (Connection c = db.connection()) {
      for (String pkg : MODELS) {
        try (EntityMetadata m = EntityMetadataTest.boot(pkg)) {
          EntitySchemaReader.apply(m.createScript(), c);
        }
      }
    }
    System.out.println(db.snapshot());
    assertThat(db.snapshot().lines()).contains(
        "table customers comment='People who buy things'",
        "column tickets.stage stage",
        "column tickets.attributes jsonb",
        "column tickets.id uuid not null",
        "column note.id integer not null identity=by default",
        "column customers.status character varying(20) not null default='active'::character varying",
        "index ix_customers_city_born CREATE INDEX ix_customers_city_born ON public.customers USING btree (city, born DESC)");
  }

  @Test
  void scratchDatabaseGetsTheSameSchema(TestDatabase db) throws SQLException {
    SchemaSnapshot direct = applied("embedded", db);
    EntitySchemaReader reader = new EntitySchemaReader(ShadowServer.atUrl(db.url(), db.user(), db.password()), Map.of());
    try (EntityMetadata m = reader.boot(EntitySource.scan(List.of(EntityMetadataTest.MODEL + "embedded"), List.of(EntityMetadataTest.TEST_CLASSES)))) {
      SchemaSnapshot scratch = reader.onScratchDatabase(m.createScript(), m.provenance(), m.classNames(), c -> SchemaSnapshot.of(c, "public"));
      assertThat(scratch).isEqualTo(direct);
      assertThat(scratch.isEmpty()).isFalse();
    }
  }

  @Test
  void ddlPostgresRejectsNamesTheEntityAndAppliesNothing(TestDatabase db) {
    EntitySchemaReader reader = new EntitySchemaReader(ShadowServer.atUrl(db.url(), db.user(), db.password()), Map.of());
    try (EntityMetadata m = EntityMetadataTest.boot("broken.badcheck")) {
      assertThatThrownBy(() -> reader.onScratchDatabase(m.createScript(), m.provenance(), m.classNames(), c -> null))
          .isInstanceOf(EntityModelException.class)
          .hasMessage("mapping error in " + EntityMetadataTest.MODEL + "broken.badcheck.Gadget: PostgreSQL rejects Hibernate's DDL "
              + "\"create table Gadget (id bigint not null, weight float(53), primary key (id), check (weight_kg > 0))\": "
              + "column \"weight_kg\" does not exist; fix the mapping");
      try (Connection c = db.connection()) {
        List<String> script = List.of("create table first_one (id int)", m.createScript().get(0));
        assertThatThrownBy(() -> EntitySchemaReader.apply(script, c)).isInstanceOf(EntityModelException.class);
      } catch (SQLException e) {
        throw new AssertionError(e);
      }
      assertThat(db.snapshot().isEmpty()).isTrue();
    }
  }
}
