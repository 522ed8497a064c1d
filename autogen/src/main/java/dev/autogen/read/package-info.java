/**
 * Reading a live PostgreSQL schema into the neutral schema model: {@link dev.autogen.read.DatabaseSchemaReader}
 * with its {@link dev.autogen.read.ReadOptions}.
 */
package dev.autogen.read;
