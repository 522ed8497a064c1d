package dev.autogen.cli;

import java.io.Writer;

/**
 * A writer whose text goes out through the {@link Reporter} line by line, so picocli's help and usage
 * text take the same road as everything else the CLI prints.
 */
final class ReporterWriter extends Writer {

  private final Reporter reporter;
  private final boolean toErr;
  private final StringBuilder pending = new StringBuilder();

  ReporterWriter(Reporter reporter, boolean toErr) {
    this.reporter = reporter;
    this.toErr = toErr;
  }

  @Override
  public synchronized void write(char[] buffer, int offset, int length) {
    pending.append(buffer, offset, length);
    int newline;
    while ((newline = pending.indexOf("\n")) >= 0) {
      emit(pending.substring(0, newline));
      pending.delete(0, newline + 1);
    }
  }

  @Override
  public synchronized void flush() {
    if (pending.length() > 0) {
      emit(pending.toString());
      pending.setLength(0);
    }
  }

  @Override
  public void close() {
    flush();
  }

  private void emit(String line) {
    String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    if (toErr) {
      reporter.log(text);
    } else {
      reporter.result(text);
    }
  }
}
