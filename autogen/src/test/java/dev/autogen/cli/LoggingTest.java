package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private Reporter reporter(Reporter.Verbosity verbosity) {
    Reporter r = new Reporter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    r.verbosity(verbosity);
    return r;
  }

  @AfterEach
  void quiet() {
    Logging.configure(reporter(Reporter.Verbosity.NORMAL));
  }

  @Test
  void slf4jEndsInJavaUtilLogging() {
    // zonky logs through slf4j; its only provider must be the JUL binding.
    assertThat(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName())
        .isEqualTo("org.slf4j.jul.JDK14LoggerFactory");
  }

  @Test
  void jbossLoggingEndsInJavaUtilLogging() {
    Logging.configure(reporter(Reporter.Verbosity.NORMAL));
    assertThat(org.jboss.logging.Logger.getLogger("org.hibernate.test").getClass().getName())
        .isEqualTo("org.jboss.logging.JDKLogger");
  }

  @Test
  void librariesAreSilentUnlessVerbose() {
    Logging.configure(reporter(Reporter.Verbosity.NORMAL));
    Logger.getLogger("org.postgresql.Driver").severe("connection trouble");
    org.slf4j.LoggerFactory.getLogger("io.zonky.test.db").warn("embedded trouble");
    org.jboss.logging.Logger.getLogger("org.hibernate.orm").warn("mapping trouble");
    assertThat(Logger.getLogger("schemacrawler").isLoggable(Level.SEVERE)).isFalse();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void verboseShowsTheirRecordsThroughTheReporter() {
    Reporter reporter = reporter(Reporter.Verbosity.VERBOSE);
    reporter.secret("pw-in-a-log");
    Logging.configure(reporter);
    Logger.getLogger("org.postgresql.Driver").warning("connecting with pw-in-a-log");
    org.slf4j.LoggerFactory.getLogger("io.zonky.test.db").info("server started");
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("warning [org.postgresql.Driver] connecting with ****")
        .contains("info [io.zonky.test.db] server started")
        .doesNotContain("pw-in-a-log");
  }
}
