package dev.autogen.runtime.testmigrations.good;

import dev.autogen.runtime.Migration;

/** An abstract base class among the migrations: not a migration itself. */
public abstract class BaseMigration implements Migration {}
