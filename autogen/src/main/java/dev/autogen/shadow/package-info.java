/**
 * Scratch and shadow databases: an embedded PostgreSQL started once per process, or a server given by
 * {@code --shadow-url} ({@link dev.autogen.shadow.ShadowServer}).
 */
package dev.autogen.shadow;
