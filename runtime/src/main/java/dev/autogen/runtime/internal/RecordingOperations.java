package dev.autogen.runtime.internal;

import dev.autogen.runtime.Operations;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.op.Op;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Operations that only record the ops a migration emits, in order, without a database. Views made with
 * {@link #inSchema(String)} record into the same list. {@link #connection()} throws
 * {@link ConnectionRequestedException}, since there is no connection to give.
 */
public final class RecordingOperations implements Operations {
  private final List<Op> ops;
  private final String schema;
  private final Dialect dialect;

  /** Records without a dialect: {@link #dialect()} throws. */
  public RecordingOperations() {
    this(null);
  }

  /** Records, answering {@link #dialect()} with {@code dialect} (may be null). */
  public RecordingOperations(Dialect dialect) {
    this(new ArrayList<>(), null, dialect);
  }

  private RecordingOperations(List<Op> ops, String schema, Dialect dialect) {
    this.ops = ops;
    this.schema = schema;
    this.dialect = dialect;
  }

  /** The ops recorded so far, in the order they were applied. */
  public List<Op> ops() {
    return Collections.unmodifiableList(ops);
  }

  @Override
  public void apply(Op op) {
    ops.add(op);
  }

  @Override
  public String schema() {
    return schema;
  }

  @Override
  public Operations inSchema(String schema) {
    return new RecordingOperations(ops, schema, dialect);
  }

  @Override
  public Dialect dialect() {
    if (dialect == null) {
      throw new IllegalStateException("no dialect while only recording ops");
    }
    return dialect;
  }

  @Override
  public Connection connection() {
    throw new ConnectionRequestedException();
  }
}
