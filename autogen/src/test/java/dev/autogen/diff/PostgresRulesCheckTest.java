package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresRulesCheckTest {
  private final PostgresRules rules = new PostgresRules();

  @Test
  void anInListOnVarcharComparesEqualBeforeAndAfterPostgresFoldsTheCast() {
    // As read after Hibernate creates it, and as read after the same text is used to re-create it.
    String first = "((status)::text = ANY ((ARRAY['DRAFT'::character varying, 'A, B'::character varying])::text[]))";
    String again = "((status)::text = ANY (ARRAY[('DRAFT'::character varying)::text, ('A, B'::character varying)::text]))";
    assertThat(rules.canonicalExpression(first)).isEqualTo(rules.canonicalExpression(again));
  }

  @Test
  void differentListsStayDifferent() {
    String a = "((status)::text = ANY ((ARRAY['DRAFT'::character varying])::text[]))";
    String b = "((status)::text = ANY ((ARRAY['DONE'::character varying])::text[]))";
    assertThat(rules.canonicalExpression(a)).isNotEqualTo(rules.canonicalExpression(b));
  }
}
