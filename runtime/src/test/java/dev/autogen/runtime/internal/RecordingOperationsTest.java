package dev.autogen.runtime.internal;

import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.Operations;
import dev.autogen.runtime.op.Op;
import org.junit.jupiter.api.Test;

class RecordingOperationsTest {
  @Test
  void records_ops_in_order_across_schema_views() {
    RecordingOperations recording = new RecordingOperations();
    recording.addColumn("user", column("bio", text()));
    Operations audit = recording.inSchema("audit");
    audit.renameTable("log", "events");
    recording.dropColumn("user", "bio");
    assertThat(recording.ops()).containsExactly(
        new Op.AddColumn(null, "user", column("bio", text())),
        new Op.RenameTable("audit", "log", "events"),
        new Op.DropColumn(null, "user", "bio", null));
    assertThat(audit.schema()).isEqualTo("audit");
    assertThat(recording.dialect().name()).isEqualTo("postgresql");
  }

  @Test
  void asking_for_the_connection_is_told_apart() {
    RecordingOperations recording = new RecordingOperations();
    assertThatThrownBy(recording::connection)
        .isInstanceOf(ConnectionRequestedException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("uses the JDBC connection");
    assertThatThrownBy(() -> recording.inSchema("x").connection()).isInstanceOf(ConnectionRequestedException.class);
  }

  @Test
  void the_recorded_list_is_read_only() {
    RecordingOperations recording = new RecordingOperations();
    assertThatThrownBy(() -> recording.ops().add(new Op.RenameTable(null, "a", "b")))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
