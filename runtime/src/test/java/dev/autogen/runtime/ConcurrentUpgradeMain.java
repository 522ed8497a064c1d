package dev.autogen.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * One runner of {@link ConcurrentUpgradeTest}, in a JVM of its own: announces itself in the given directory,
 * waits for the signal to start, then runs {@code upgrade head}. Prints {@code applied REV} per migration it
 * applied and {@code at HEADS} at the end. Arguments: JDBC URL, user, directory; the password, if any, comes
 * in the environment variable {@code AUTOGEN_TEST_PASSWORD}.
 */
public final class ConcurrentUpgradeMain {
  private ConcurrentUpgradeMain() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    Path dir = Path.of(args[2]);
    Files.createFile(dir.resolve("ready-" + ProcessHandle.current().pid()));
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!Files.exists(dir.resolve("go"))) {
      if (System.nanoTime() > deadline) {
        System.err.println("never told to start");
        System.exit(3);
      }
      Thread.sleep(5);
    }
    MigrationListener listener = new MigrationListener() {
      @Override
      public void waitingForLock() {
        System.out.println("waiting");
      }

      @Override
      public void stepFinished(MigrationStep step, Duration duration) {
        System.out.println("applied " + step.revision());
      }

      @Override
      public void finished(Set<String> heads) {
        System.out.println("at " + heads);
      }
    };
    try {
      Autogen.configure()
          .url(url, user, System.getenv("AUTOGEN_TEST_PASSWORD"))
          .classpath(ConcurrentUpgradeMain.class.getClassLoader(), "dev.autogen.runtime.concurrent")
          .listener(listener)
          .build()
          .upgrade("head");
    } catch (AutogenException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
    }
    System.exit(0);
  }
}
