package dev.autogen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.autogen.cli.Autogenerator.CheckFormat;
import dev.autogen.cli.Reporter;
import dev.autogen.generate.DriftReport.Comparison;
import dev.autogen.generate.DriftReport.Difference;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class DriftReportTest {

  private static final Comparison ENTITIES = new Comparison("migrations", "entities");
  private static final Comparison DATABASE = new Comparison("database", "migrations");

  /** Differences whose words need escaping in every format. */
  private static final List<Difference> DRIFT = List.of(
      new Difference("migrations", "entities", "added column team_members.linkedin_url (TeamMember.linkedinUrl)"),
      new Difference("migrations", "entities",
          "added check constraint ck_price on products (price > 0 AND name <> '' AND note LIKE '%a|b' AND \"x\" & y\\z)"),
      new Difference("migrations", "entities", "changed column users.bio (User.bio): comment 'line one\nline two'"),
      new Difference("database", "migrations",
          "the database is at base (no revision), the migrations' head is 20261124_0930_4f1c"));

  private static final DriftReport DRIFTED = new DriftReport(List.of(ENTITIES, DATABASE), DRIFT);
  private static final DriftReport AGREED = new DriftReport(List.of(ENTITIES, DATABASE), List.of());

  // ---- JSON ------------------------------------------------------------------------------------------

  @Test
  void theJsonParsesAndCarriesEveryDifference() throws Exception {
    JsonNode json = new ObjectMapper().readTree(DRIFTED.json());
    assertThat(json.get("status").asText()).isEqualTo("drift");
    assertThat(json.get("count").asInt()).isEqualTo(4);
    List<Difference> parsed = new ArrayList<>();
    for (JsonNode d : json.get("differences")) {
      parsed.add(new Difference(d.get("from").asText(), d.get("to").asText(), d.get("change").asText()));
    }
    assertThat(parsed).isEqualTo(DRIFT);
    assertThat(json.get("comparisons")).hasSize(2);
    assertThat(json.get("comparisons").get(0).get("count").asInt()).isEqualTo(3);
    assertThat(json.get("comparisons").get(1).get("status").asText()).isEqualTo("drift");
  }

  @Test
  void theJsonOfAgreementHasNoDifferences() throws Exception {
    JsonNode json = new ObjectMapper().readTree(AGREED.json());
    assertThat(json.get("status").asText()).isEqualTo("agree");
    assertThat(json.get("differences")).isEmpty();
    assertThat(json.get("comparisons").findValuesAsText("status")).containsExactly("agree", "agree");
  }

  // ---- JUnit XML -------------------------------------------------------------------------------------

  @Test
  void theJunitXmlValidatesAndFailsOneTestCasePerDriftedPair() throws Exception {
    String xml = DRIFTED.junit();
    validate(xml);
    Document doc = parse(xml);
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(2);
    Element entities = (Element) cases.item(0);
    assertThat(entities.getAttribute("name")).isEqualTo("migrations and entities agree");
    assertThat(entities.getAttribute("classname")).isEqualTo("autogen.check");
    Element failure = (Element) entities.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("3 differences: what would bring the migrations to the entities");
    // Every difference, its characters intact, one a line.
    assertThat(failure.getTextContent()).isEqualTo("- " + DRIFT.get(0).change() + "\n- " + DRIFT.get(1).change()
        + "\n- " + DRIFT.get(2).change() + "\n");
    Element database = (Element) cases.item(1);
    assertThat(database.getElementsByTagName("failure").item(0).getTextContent()).isEqualTo("- " + DRIFT.get(3).change() + "\n");
  }

  @Test
  void theJunitXmlOfAgreementKeepsTheSameTestCasesPassing() throws Exception {
    String xml = AGREED.junit();
    validate(xml);
    assertThat(xml).isEqualTo("""
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="autogen check" tests="2" failures="0" errors="0">
          <testsuite name="autogen check" tests="2" failures="0" errors="0" skipped="0">
            <testcase classname="autogen.check" name="migrations and entities agree"/>
            <testcase classname="autogen.check" name="database and migrations agree"/>
          </testsuite>
        </testsuites>""");
  }

  @Test
  void theSchemaRejectsWhatDashboardsCannotRead() {
    String noName = AGREED.junit().replace(" name=\"migrations and entities agree\"", "");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(noName))
        .hasMessageContaining("name");
    String twoOutcomes = DRIFTED.junit().replaceFirst("</failure>", "</failure><error message=\"x\"/>");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(twoOutcomes))
        .hasMessageContaining("error");
  }

  @Test
  void charactersXmlCannotHoldAreDropped() throws Exception {
    DriftReport odd = new DriftReport(List.of(ENTITIES),
        List.of(new Difference("migrations", "entities", "comment 'bell\u0007 and tab\t'")));
    validate(odd.junit());
    assertThat(parse(odd.junit()).getElementsByTagName("failure").item(0).getTextContent())
        .isEqualTo("- comment 'bell and tab\t'\n");
  }

  // ---- markdown --------------------------------------------------------------------------------------

  @Test
  void theMarkdownSummaryForAPullRequest() {
    assertThat(DRIFTED.markdown()).isEqualTo("""
        ## autogen check: 4 differences

        | Compared | Result |
        |---|---|
        | migrations → entities | **3 differences** |
        | database → migrations | **1 difference** |

        | # | Compared | Change |
        |---:|---|---|
        | 1 | migrations → entities | added column team\\_members.linkedin\\_url (TeamMember.linkedinUrl) |
        | 2 | migrations → entities | added check constraint ck\\_price on products (price \\> 0 AND name \\<\\> '' AND note LIKE '%a\\|b' AND "x" \\& y\\\\z) |
        | 3 | migrations → entities | changed column users.bio (User.bio): comment 'line one<br>line two' |
        | 4 | database → migrations | the database is at base (no revision), the migrations' head is 20261124\\_0930\\_4f1c |

        Each change is what would bring the first side to the second. Run `autogen --message "..."` to write \
        a migration for the entity changes; a database that differs from its migrations was changed by hand.""");
  }

  @Test
  void theMarkdownOfAgreement() {
    assertThat(AGREED.markdown()).isEqualTo("""
        ## autogen check: no drift

        | Compared | Result |
        |---|---|
        | migrations → entities | agree |
        | database → migrations | agree |

        The entities, the migrations and the database (when given) agree.""");
  }

  // ---- GitHub ----------------------------------------------------------------------------------------

  @Test
  void githubAnnotationsOnePerDifferenceAndASummary() {
    assertThat(DRIFTED.github()).isEqualTo("""
        ::error title=Schema drift (migrations → entities)::added column team_members.linkedin_url (TeamMember.linkedinUrl) (what would bring the migrations to the entities)
        ::error title=Schema drift (migrations → entities)::added check constraint ck_price on products (price > 0 AND name <> '' AND note LIKE '%25a|b' AND "x" & y\\z) (what would bring the migrations to the entities)
        ::error title=Schema drift (migrations → entities)::changed column users.bio (User.bio): comment 'line one%0Aline two' (what would bring the migrations to the entities)
        ::error title=Schema drift (database → migrations)::the database is at base (no revision), the migrations' head is 20261124_0930_4f1c (what would bring the database to the migrations)
        autogen check: 4 differences (migrations → entities: 3 differences; database → migrations: 1 difference). \
        Run `autogen --message "..."` to write a migration for the entity changes; a database that differs from its \
        migrations was changed by hand.""");
  }

  @Test
  void githubPropertiesEscapeColonsAndCommas() {
    assertThat(DriftReport.githubProperty("a: b, c%")).isEqualTo("a%3A b%2C c%25");
    assertThat(DriftReport.githubData("a: b, c%\r\n")).isEqualTo("a: b, c%25%0D%0A");
  }

  @Test
  void githubOfAgreementIsOneLine() {
    assertThat(AGREED.github())
        .isEqualTo("autogen check: no drift; the entities, the migrations and the database (when given) agree.");
  }

  // ---- text, and the route to stdout -----------------------------------------------------------------

  @Test
  void everyMachineFormatGoesToStdoutAlone() {
    for (CheckFormat format : List.of(CheckFormat.JSON, CheckFormat.JUNIT, CheckFormat.MARKDOWN, CheckFormat.GITHUB)) {
      var out = new ByteArrayOutputStream();
      var err = new ByteArrayOutputStream();
      DRIFTED.print(new Reporter(new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), false), format);
      assertThat(err.toString(StandardCharsets.UTF_8)).as(format.name()).isEmpty();
      assertThat(out.toString(StandardCharsets.UTF_8)).as(format.name()).contains("TeamMember.linkedinUrl");
    }
  }

  @Test
  void theTextGroupsDifferencesByPair() {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    DRIFTED.print(new Reporter(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false), CheckFormat.TEXT);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: 4 difference(s) found:\n");
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("""
          migrations → entities (what would bring the migrations to the entities):
            - added column team_members.linkedin_url (TeamMember.linkedinUrl)
        """).contains("\n  database → migrations (what would bring the database to the migrations):\n"
        + "    - the database is at base");
  }

  static void validate(String xml) throws Exception {
    JunitReportSchema.validate(xml);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
