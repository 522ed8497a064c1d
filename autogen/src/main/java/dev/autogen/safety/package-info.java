/**
 * Checks that make running migrations safe: {@link dev.autogen.safety.ReversibilityVerifier} proves on a
 * shadow database that each downgrade undoes its upgrade ({@code autogen verify}),
 * {@link dev.autogen.safety.DataChecker} counts the existing rows that pending changes would fail on
 * (before {@code autogen upgrade}), and {@link dev.autogen.safety.PgDump} backs a database up before an
 * upgrade ({@code --backup}).
 */
package dev.autogen.safety;
