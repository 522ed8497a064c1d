package com.example.migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * business accounts
 *
 * <p>Detected:
 * <ul>
 *   <li>added value 'business' to enum type account_kind after 'personal'</li>
 *   <li>validated constraint ck_accounts_balance of accounts</li>
 * </ul>
 *
 * <p>Warnings:
 * <ul>
 *   <li>not undone by the downgrade: PostgreSQL cannot remove the value 'business' from enum type account_kind; to undo it, re-create the type without it in the downgrade by hand</li>
 * </ul>
 *
 * <p>PostgreSQL:
 * <pre>
 * ALTER TYPE "account_kind" ADD VALUE 'business' AFTER 'personal';
 * ALTER TABLE "accounts" VALIDATE CONSTRAINT "ck_accounts_balance";
 * </pre>
 */
@Revision(
    id = "20261203_0900_9c2b",
    parents = "20261202_1630_5e6f",
    message = "business accounts"
)
public final class M20261203_0900_business_accounts implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.addEnumValueAfter("account_kind", "business", "personal");
    op.validateConstraint("accounts", "ck_accounts_balance");
  }

  @Override
  public void downgrade(Operations op) {
    // nothing to undo: validated constraint ck_accounts_balance of accounts
    // cannot be reversed automatically: PostgreSQL cannot remove the value 'business' from enum type account_kind; to undo it, re-create the type without it in the downgrade by hand
  }
}
