/**
 * The service interface behind {@link dev.autogen.testing.AutogenAssertions}, implemented in the
 * {@code autogen} artifact.
 */
package dev.autogen.testing.spi;
