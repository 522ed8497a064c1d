package dev.autogen.runtime.internal;

import dev.autogen.runtime.Operations;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.internal.postgres.PostgresDialect;
import dev.autogen.runtime.op.Op;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Operations that only record the ops a migration emits, in order, without a database: for checksums of
 * migrations and for tests of generated code. Views made with {@link #inSchema(String)} record into the
 * same list. {@link #connection()} throws {@link ConnectionRequestedException}, since there is no
 * connection to give.
 */
public final class RecordingOperations implements Operations {
  private final List<Op> ops;
  private final String schema;
  private final Dialect dialect;

  /** Records in the default schema; {@link #dialect()} answers PostgreSQL (a migration may quote names). */
  public RecordingOperations() {
    this(new PostgresDialect());
  }

  /** Records in the default schema, answering {@link #dialect()} with {@code dialect}. */
  public RecordingOperations(Dialect dialect) {
    this(dialect, null);
  }

  /** Records ops working in {@code schema} (null: the default schema). */
  public RecordingOperations(Dialect dialect, String schema) {
    this(new ArrayList<>(), schema, dialect);
  }

  private RecordingOperations(List<Op> ops, String schema, Dialect dialect) {
    this.ops = ops;
    this.schema = schema;
    this.dialect = Objects.requireNonNull(dialect, "dialect");
  }

  /** The ops recorded so far, in the order they were applied (a read-only view). */
  public List<Op> ops() {
    return Collections.unmodifiableList(ops);
  }

  @Override
  public void apply(Op op) {
    ops.add(Objects.requireNonNull(op, "op"));
  }

  @Override
  public String schema() {
    return schema;
  }

  @Override
  public Operations inSchema(String otherSchema) {
    return new RecordingOperations(ops, otherSchema, dialect);
  }

  @Override
  public Dialect dialect() {
    return dialect;
  }

  /** Always throws {@link ConnectionRequestedException}: recording has no connection. */
  @Override
  public Connection connection() {
    throw new ConnectionRequestedException();
  }
}
