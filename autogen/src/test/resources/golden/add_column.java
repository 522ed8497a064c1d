package com.example.migrations;

import static dev.autogen.runtime.schema.Ddl.column;
import static dev.autogen.runtime.schema.Ddl.varchar;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * add linkedin_url
 *
 * <p>Detected:
 * <ul>
 *   <li>added column team_members.linkedin_url (TeamMember.linkedinUrl)</li>
 * </ul>
 *
 * <p>PostgreSQL:
 * <pre>
 * ALTER TABLE "team_members" ADD COLUMN "linkedin_url" character varying(255);
 * </pre>
 */
@Revision(
    id = "20261124_0930_4f1c",
    parents = "20261120_1412_a9e2",
    message = "add linkedin_url"
)
public final class M20261124_0930_add_linkedin_url implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.addColumn("team_members", column("linkedin_url", varchar(255)));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("team_members", "linkedin_url");
  }
}
