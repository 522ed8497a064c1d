package dev.autogen.runtime;

import static dev.autogen.runtime.schema.Ddl.bigint;
import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.index;
import static dev.autogen.runtime.schema.Ddl.primaryKey;
import static dev.autogen.runtime.schema.Ddl.text;
import static dev.autogen.runtime.schema.Ddl.varchar;

import java.util.List;

/** Small migrations the engine tests run: a linear chain, a branch and its merge, and broken ones. */
final class TestMigrations {
  private TestMigrations() {}

  /** r1 → r2 → r3. */
  static List<Migration> linear() {
    return List.of(new R1(), new R2(), new R3());
  }

  @Revision(id = "r1", message = "create users")
  public static final class R1 implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("users", column("id", bigint()).notNull(), column("name", text()), primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("users");
    }
  }

  @Revision(id = "r2", parents = "r1", message = "add email")
  public static final class R2 implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.addColumn("users", column("email", varchar(255)));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropColumn("users", "email");
    }
  }

  @Revision(id = "r3", parents = "r2", message = "create order")
  public static final class R3 implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("order", column("id", bigint()).notNull(), column("user_id", bigint()), primaryKey("id"));
      op.execute("INSERT INTO \"order\" (id, user_id) VALUES (?, ?)", 1L, null);
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("order");
    }
  }

  /** r1 edited after it was applied: it creates one more column. */
  @Revision(id = "r1", message = "create users")
  public static final class R1Edited implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("users", column("id", bigint()).notNull(), column("name", text()), column("nick", text()),
          primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("users");
    }
  }

  /** r2 whose second statement fails: the first one must not survive. */
  @Revision(id = "r2", parents = "r1", message = "add audit")
  public static final class R2Broken implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("audit", column("id", bigint()).notNull());
      op.addColumn("no_such_table", column("x", bigint()));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("audit");
    }
  }

  /** r2 as it should have been. */
  @Revision(id = "r2", parents = "r1", message = "add audit")
  public static final class R2Fixed implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("audit", column("id", bigint()).notNull());
      op.addColumn("users", column("x", bigint()));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropColumn("users", "x");
      op.dropTable("audit");
    }
  }

  /** Two branches from r1, then their merge. */
  @Revision(id = "a2", parents = "r1", message = "branch a")
  public static final class A2 implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("a", column("id", bigint()));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("a");
    }
  }

  @Revision(id = "b2", parents = "r1", message = "branch b")
  public static final class B2 implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("b", column("id", bigint()));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("b");
    }
  }

  @Revision(id = "m3", parents = {"a2", "b2"}, message = "merge a and b")
  public static final class M3 implements Migration {
    @Override
    public void upgrade(Operations op) {}

    @Override
    public void downgrade(Operations op) {}
  }

  /** A non-transactional index build. */
  @Revision(id = "i2", parents = "r1", message = "index users by name", transactional = false)
  public static final class I2Concurrent implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createIndexConcurrently(index("users_name_idx", "users", "name"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropIndexConcurrently("users_name_idx");
    }
  }

  /** The same index build, wrongly left transactional. */
  @Revision(id = "i2", parents = "r1", message = "index users by name")
  public static final class I2InTransaction implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createIndexConcurrently(index("users_name_idx", "users", "name"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropIndexConcurrently("users_name_idx");
    }
  }

  /** A data migration in Java: it needs the connection. */
  @Revision(id = "d2", parents = "r1", message = "backfill names")
  public static final class D2UsesConnection implements Migration {
    @Override
    public void upgrade(Operations op) {
      try (var st = op.connection().createStatement()) {
        st.executeUpdate("UPDATE users SET name = 'x' WHERE name IS NULL");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void downgrade(Operations op) {}
  }
}
