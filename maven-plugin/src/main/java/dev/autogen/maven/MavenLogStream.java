package dev.autogen.maven;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * One of the CLI's output streams, written line by line to the Maven log: standard output as info,
 * standard error by the CLI's own prefixes ({@code error:} as an error, {@code warning:} as a warning, the
 * rest, detail asked for with {@code --verbose}, as info). What it wrote is kept for the message of a
 * failed build.
 */
final class MavenLogStream extends OutputStream {
  private static final String ERROR = "error: ";
  private static final String WARNING = "warning: ";

  private final Log log;
  private final boolean errorStream;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final List<String> transcript;
  private final List<String> errors = new ArrayList<>();

  /** {@code transcript}: where every complete line goes too, shared by both streams so it keeps their order. */
  MavenLogStream(Log log, boolean errorStream, List<String> transcript) {
    this.log = log;
    this.errorStream = errorStream;
    this.transcript = transcript;
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      emit();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      write(bytes[i]);
    }
  }

  @Override
  public synchronized void flush() {
    // A line is logged when it is complete; a partial one waits for its end or for close().
  }

  @Override
  public synchronized void close() {
    if (line.size() > 0) {
      emit();
    }
  }

  /** The error lines, without their {@code error:} prefix. */
  synchronized List<String> errors() {
    return List.copyOf(errors);
  }

  private void emit() {
    String text = line.toString(StandardCharsets.UTF_8);
    line.reset();
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    synchronized (transcript) {
      transcript.add(text);
    }
    if (!errorStream) {
      log.info(text);
    } else if (text.startsWith(ERROR)) {
      String message = text.substring(ERROR.length());
      errors.add(message);
      log.error(message);
    } else if (text.startsWith(WARNING)) {
      log.warn(text.substring(WARNING.length()));
    } else {
      log.info(text);
    }
  }
}
