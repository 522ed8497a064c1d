package dev.autogen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

/** Validates a report against the schema of the JUnit XML that {@code check --format junit} writes. */
public final class JunitReportSchema {
  private JunitReportSchema() {}

  /** Throws, saying where and why, when {@code xml} is not valid against {@code schemas/junit-report.xsd}. */
  public static void validate(String xml) throws Exception {
    URL xsd = JunitReportSchema.class.getResource("/schemas/junit-report.xsd");
    assertThat(xsd).as("the JUnit XML schema on the test class path").isNotNull();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.newSchema(xsd).newValidator().validate(new StreamSource(new StringReader(xml)));
  }
}
