/**
 * Migration lint: rules over the ops of a migration (and the SQL of its {@code execute} calls) that find
 * changes which lose data, lock busy tables, rewrite them, fail on existing rows or break the application code
 * still running; and the safe forms autogenerate writes on request.
 *
 * <p>{@link dev.autogen.lint.Linter} checks one migration's upgrade ops against the {@link dev.autogen.lint.Rule}s
 * for a PostgreSQL server version; {@link dev.autogen.lint.SqlReader} reads {@code execute} SQL into ops;
 * {@link dev.autogen.lint.MigrationLint} lints a compiled migration and applies its
 * {@link dev.autogen.runtime.AcceptLint} annotations; {@link dev.autogen.lint.SafeForms} rewrites a diff's ops
 * into their safe forms before rendering.
 */
package dev.autogen.lint;
