package dev.autogen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the CLI in this JVM and keeps what it printed. */
final class Cli {
  private final Map<String, String> env = new HashMap<>();
  private Clock clock = Clock.systemUTC();

  /** What one run returned and printed. */
  record Result(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  Cli env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Cli clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  Result run(String... args) {
    return run(List.of(args));
  }

  Result run(List<String> args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code;
    try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
        var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args.toArray(String[]::new), o, e, Map.copyOf(env), false, clock);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code -C dir} followed by the arguments. */
  static List<String> in(java.nio.file.Path dir, String... args) {
    List<String> all = new ArrayList<>(List.of("-C", dir.toString()));
    all.addAll(List.of(args));
    return all;
  }
}
