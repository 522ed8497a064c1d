package dev.autogen.testing;

import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/** The JUnit 5 extension behind {@link PostgresTest}: resolves {@link TestDatabase} parameters. */
public final class PostgresExtension implements ParameterResolver, BeforeEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

  /**
   * Skips a test that needs a database when the optional server does not answer. This must happen here:
   * JUnit reports an abort thrown while resolving a parameter as an error, not as a skipped test.
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    boolean needsDatabase = context.getTestMethod()
        .map(m -> Arrays.asList(m.getParameterTypes()).contains(TestDatabase.class))
        .orElse(false);
    if (needsDatabase) {
      try {
        PostgresServer.shared();
      } catch (PostgresServer.Unavailable e) {
        Assumptions.abort(e.getMessage());
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestDatabase.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    PostgresServer server;
    try {
      server = PostgresServer.shared();
    } catch (PostgresServer.Unavailable e) {
      Assumptions.abort(e.getMessage());
      throw new IllegalStateException("unreachable");
    }
    // One database per test method, shared by all of its TestDatabase parameters.
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    Holder holder = store.getOrComputeIfAbsent(
        context.getUniqueId(), key -> new Holder(server.createDatabase()), Holder.class);
    if (holder == null) {
      throw new ParameterResolutionException("could not create a test database");
    }
    return holder.database;
  }

  /** Drops the database when JUnit closes the store at the end of the test. */
  private record Holder(TestDatabase database) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    @Override
    public void close() {
      database.close();
    }
  }
}
