package dev.autogen.runtime.testmigrations.notmigration;

import dev.autogen.runtime.Revision;

/** Carries @Revision without implementing Migration: an error. */
@Revision(id = "x1")
public final class NotAMigration {}
