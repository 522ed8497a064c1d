/** The PostgreSQL dialect. Internal: found through {@link java.util.ServiceLoader}, not used by name. */
package dev.autogen.runtime.internal.postgres;
