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
 * {@link Operations} that only record the ops they are given, in order, touching no database: for
 * checksums of migrations and for tests of generated code. Views from {@link #inSchema} record into the
 * same list.
 */
public final class RecordingOperations implements Operations {
  private final Dialect dialect;
  private final String schema;
  private final List<Op> ops;

  /** Records in the default schema, with the PostgreSQL dialect. */
  public RecordingOperations() {
    this(new PostgresDialect(), null);
  }

  public RecordingOperations(Dialect dialect, String schema) {
    this(dialect, schema, new ArrayList<>());
  }

  private RecordingOperations(Dialect dialect, String schema, List<Op> ops) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.schema = schema;
    this.ops = ops;
  }

  /** The ops recorded so far, in the order given (a read-only view). */
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
    return new RecordingOperations(dialect, otherSchema, ops);
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
