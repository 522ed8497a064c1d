package dev.autogen.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test method that takes a {@link TestDatabase} parameter a fresh, empty PostgreSQL database,
 * dropped after the test. All tests of a JVM share one server: see {@link PostgresServer}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {}
