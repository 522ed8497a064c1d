package dev.autogen.generate;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** A physical naming strategy that puts {@code app_} before every table name. */
public class PrefixedNames extends PhysicalNamingStrategyStandardImpl {
  @Override
  public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment context) {
    return Identifier.toIdentifier("app_" + name.getText(), name.isQuoted());
  }
}
