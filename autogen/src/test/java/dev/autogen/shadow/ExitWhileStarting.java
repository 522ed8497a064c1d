package dev.autogen.shadow;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A process that starts an embedded server in the background and exits after {@code args[2]} ms, before
 * or after the server is up: what it leaves behind is checked by {@link ShadowServerTest}.
 */
public final class ExitWhileStarting {
  private ExitWhileStarting() {}

  public static void main(String[] args) throws InterruptedException {
    ShadowServer.embedded(Path.of(args[0]), Path.of(args[1]), Duration.ofSeconds(15)).startInBackground();
    Thread.sleep(Long.parseLong(args[2]));
    System.exit(0);
  }
}
