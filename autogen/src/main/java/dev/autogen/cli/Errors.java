package dev.autogen.cli;

import dev.autogen.entity.EntityModelException;
import dev.autogen.read.SchemaReadException;
import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.MigrationLoadException;
import dev.autogen.runtime.RevisionException;
import dev.autogen.runtime.op.IrreversibleOperationException;
import dev.autogen.shadow.ShadowServerException;
import java.sql.SQLException;

/** Which failures carry a message written for a person, to be shown as it is. */
final class Errors {
  private Errors() {}

  /**
   * The engine's own exceptions, the entity model's, the schema reader's, the shadow server's and the
   * database's: their messages say what went wrong.
   */
  static boolean isReadable(Throwable e) {
    return e.getMessage() != null
        && (e instanceof AutogenException
            || e instanceof EntityModelException
            || e instanceof SchemaReadException
            || e instanceof ShadowServerException
            || e instanceof MigrationLoadException
            || e instanceof RevisionException
            || e instanceof IrreversibleOperationException
            || e instanceof SQLException);
  }
}
