/** The engine's internals: not API, may change between releases. */
package dev.autogen.runtime.internal;
