package dev.autogen.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the CLI says to a person goes through here: results and progress on stdout, warnings and
 * errors on stderr. Colours are used only when {@code color} is on (stdout is a terminal and
 * {@code NO_COLOR} is unset). Every line passes {@link #redact(String)} first, so a password (one
 * registered with {@link #secret(String)}, or written into a URL) never reaches the output.
 */
public final class Reporter {

  /** How much the reporter says: {@code QUIET} keeps results, warnings and errors only. */
  public enum Verbosity {
    QUIET,
    NORMAL,
    VERBOSE
  }

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  /**
   * {@code password=...} among a URL's parameters, and {@code user:password@} in its authority, unless
   * already masked: the last guard, for URLs that come back inside a library's message.
   */
  private static final Pattern URL_PASSWORD = Pattern.compile(
      "(?i)([?&;]password=)(?!\\*{4})[^&;\\s'\"]+" + "|(//[^/:@\\s'\"]+:)(?!\\*{4})[^@/\\s'\"]+(@)");

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)[?&;]password=([^&;]+)");

  private static final String MASK = "****";

  private final PrintStream out;
  private final PrintStream err;
  private final boolean color;
  private final boolean terminal;
  private final String mark;
  private final String[] spinner;
  /** The progress line on the terminal, redrawn under whatever else is printed; null when there is none. */
  private Progress shown;
  private volatile Verbosity verbosity = Verbosity.NORMAL;
  private final List<String> secrets = new ArrayList<>();

  /** A reporter for output that is not a terminal: progress as plain lines. */
  public Reporter(PrintStream out, PrintStream err, boolean color) {
    this(out, err, color, false);
  }

  /**
   * @param color whether to colour the output
   * @param terminal whether stdout is a terminal, where progress is one line rewritten in place
   */
  public Reporter(PrintStream out, PrintStream err, boolean color, boolean terminal) {
    this.out = out;
    this.err = err;
    this.color = color;
    this.terminal = terminal;
    // Plain output stays ASCII for logs and pipes; a terminal gets a check mark if its charset has one.
    boolean unicode = Charset.defaultCharset().newEncoder().canEncode("✓⠋");
    this.mark = !color ? null : unicode ? "✓" : "*";
    this.spinner = unicode ? new String[] {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}
        : new String[] {"|", "/", "-", "\\"};
  }

  public void verbosity(Verbosity verbosity) {
    this.verbosity = verbosity;
  }

  public Verbosity verbosity() {
    return verbosity;
  }

  public boolean isVerbose() {
    return verbosity == Verbosity.VERBOSE;
  }

  public boolean color() {
    return color;
  }

  /** Registers the passwords written into a JDBC URL's parameters. */
  public synchronized void secretsOfUrl(String url) {
    if (url == null) {
      return;
    }
    Matcher m = PASSWORD_PARAMETER.matcher(url);
    while (m.find()) {
      secret(m.group(1));
      try {
        secret(java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // Not URL-encoded after all: the raw value is registered already.
      }
    }
  }

  /** Registers a value that must never be printed; it is masked wherever it appears. */
  public synchronized void secret(String value) {
    if (value != null && !value.isEmpty() && !secrets.contains(value)) {
      secrets.add(value);
      // Longest first, so a secret containing another is masked whole.
      secrets.sort(Comparator.comparingInt(String::length).reversed());
    }
  }

  /** The text with every registered secret and every password in a URL replaced by a mask. */
  public synchronized String redact(String text) {
    if (text == null) {
      return "";
    }
    String result = text;
    for (String secret : secrets) {
      // A long secret is masked wherever it appears; a short one only as a whole token, so that a
      // password such as "ro" does not turn "dropped column" into "d****pped column".
      result = secret.length() >= 8
          ? result.replace(secret, MASK)
          : result.replaceAll("(?<![A-Za-z0-9])" + java.util.regex.Pattern.quote(secret) + "(?![A-Za-z0-9])",
              Matcher.quoteReplacement(MASK));
    }
    Matcher m = URL_PASSWORD.matcher(result);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = m.group(1) != null ? m.group(1) + MASK : m.group(2) + MASK + m.group(3);
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  // ---- stdout ----------------------------------------------------------------------------------------

  /** A command's result (a revision, a history line, SQL): printed even when quiet. */
  public void result(String line) {
    print(out, line);
  }

  /** Progress and status: what is being done, what was done. Not printed when quiet. */
  public void info(String line) {
    if (verbosity != Verbosity.QUIET) {
      print(out, line);
    }
  }

  /** Something finished well; a green mark before it on a terminal. Not printed when quiet. */
  public void success(String line) {
    info(mark == null ? line : paint(GREEN, mark) + " " + line);
  }

  // ---- stderr ----------------------------------------------------------------------------------------

  /** Detail for diagnosing, printed with {@code --verbose} only. */
  public void debug(String line) {
    if (verbosity == Verbosity.VERBOSE) {
      print(err, paint(DIM, line));
    }
  }

  public void warn(String message) {
    print(err, paint(YELLOW, "warning:") + " " + oneLine(message));
  }

  /** An error as one line {@code error: ...}; the lines of a longer message are joined. */
  public void error(String message) {
    print(err, paint(RED + BOLD, "error:") + " " + oneLine(message));
  }

  /** A stack trace, with {@code --verbose} only. */
  public void trace(Throwable t) {
    if (verbosity == Verbosity.VERBOSE) {
      var buffer = new java.io.StringWriter();
      t.printStackTrace(new java.io.PrintWriter(buffer));
      print(err, buffer.toString().stripTrailing());
    }
  }

  /** A line from a library's logging; only installed with {@code --verbose}. */
  void log(String line) {
    print(err, line);
  }

  // ---- progress --------------------------------------------------------------------------------------

  /**
   * Starts reporting a long task ({@code Replaying 40 migrations}); close the result when it is done. On a
   * terminal it is one line on stdout, with a spinner, rewritten as {@link Progress#update(String)} says
   * how far the task is, and erased at the end. Off a terminal (a log, a pipe) the task is one plain
   * line of {@link #debug(String) detail}, shown with {@code --verbose}: stdout stays for results (such as
   * a report a tool reads) and stderr for what went wrong. Nothing is shown when quiet.
   */
  public Progress progress(String task) {
    Progress progress = new Progress(task, verbosity != Verbosity.QUIET && terminal);
    if (verbosity == Verbosity.QUIET) {
      return progress;
    }
    if (!terminal) {
      debug(task + "...");
      return progress;
    }
    synchronized (this) {
      if (shown != null) {
        erase();
      }
      shown = progress;
      draw();
    }
    progress.startTicking();
    return progress;
  }

  /** A long task being reported: see {@link Reporter#progress(String)}. */
  public final class Progress implements AutoCloseable {
    private static final int MAX_WIDTH = 79;
    private final String task;
    private final boolean animated;
    private volatile String detail = "";
    private volatile boolean closed;
    private int frame;
    private Thread ticker;

    private Progress(String task, boolean animated) {
      this.task = task;
      this.animated = animated;
    }

    /** How far the task is, e.g. {@code 12/40 add role}; shown beside the task on a terminal only. */
    public void update(String detail) {
      this.detail = detail == null ? "" : detail;
      if (animated) {
        synchronized (Reporter.this) {
          if (shown == this) {
            draw();
          }
        }
      }
    }

    /** The task is done: its line is erased. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (ticker != null) {
        ticker.interrupt();
      }
      synchronized (Reporter.this) {
        if (shown == this) {
          erase();
          shown = null;
        }
      }
    }

    private void startTicking() {
      ticker = new Thread(() -> {
        while (!closed) {
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
          synchronized (Reporter.this) {
            if (shown == this && !closed) {
              frame = (frame + 1) % spinner.length;
              draw();
            }
          }
        }
      }, "autogen-progress");
      ticker.setDaemon(true);
      ticker.start();
    }

    private String line() {
      String text = spinner[frame] + " " + task + (detail.isEmpty() ? "" : ": " + detail);
      // A line longer than the terminal wraps, and \r would then rewrite only its last part.
      return text.length() > MAX_WIDTH ? text.substring(0, MAX_WIDTH - 3) + "..." : text;
    }
  }

  /** Draws the progress line in place; the caller holds this reporter's lock. */
  private void draw() {
    out.print("\r\u001b[K" + redact(shown.line()));
    out.flush();
  }

  /** Erases the progress line; the caller holds this reporter's lock. */
  private void erase() {
    out.print("\r\u001b[K");
    out.flush();
  }

  // ---- styles ----------------------------------------------------------------------------------------

  /** A revision id, highlighted. */
  public String rev(String id) {
    return paint(YELLOW, id);
  }

  public String bold(String text) {
    return paint(BOLD, text);
  }

  public String dim(String text) {
    return paint(DIM, text);
  }

  /** A label such as {@code (head)} or a branch name. */
  public String label(String text) {
    return paint(CYAN, text);
  }

  public String good(String text) {
    return paint(GREEN, text);
  }

  private String paint(String style, String text) {
    return color ? style + text + RESET : text;
  }

  private static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "unknown error";
    }
    return String.join("; ", message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
  }

  private void print(PrintStream stream, String text) {
    String safe = redact(text);
    synchronized (this) {
      // Printed above the progress line, which is drawn again below it.
      if (shown != null) {
        erase();
      }
      stream.println(safe);
      stream.flush();
      if (shown != null) {
        draw();
      }
    }
  }
}
