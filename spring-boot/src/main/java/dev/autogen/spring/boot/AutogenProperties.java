package dev.autogen.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code autogen.*} settings of the start-up migration.
 *
 * <pre>
 * autogen.package=com.example.migrations
 * autogen.target=head
 * </pre>
 */
@ConfigurationProperties(prefix = "autogen")
public class AutogenProperties {

  /** Whether to migrate the database when the application starts. */
  private boolean enabled = true;

  /** Package of the migration classes (and its subpackages) on the application's class path, e.g. com.example.migrations. */
  private String packageName;

  /** Revision to upgrade to: head, heads, a revision id, +N, or LABEL@head. */
  private String target = "head";

  /** Database schema the version tables live in and the migrations work in; default: the connection's. */
  private String schema;

  /** Name of the table that holds the revision(s) the database is at. */
  private String versionTable = "autogen_version";

  /** Name of the table that records every step applied, reverted or stamped. */
  private String historyTable = "autogen_history";

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getPackage() {
    return packageName;
  }

  public void setPackage(String packageName) {
    this.packageName = packageName;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getSchema() {
    return schema;
  }

  public void setSchema(String schema) {
    this.schema = schema;
  }

  public String getVersionTable() {
    return versionTable;
  }

  public void setVersionTable(String versionTable) {
    this.versionTable = versionTable;
  }

  public String getHistoryTable() {
    return historyTable;
  }

  public void setHistoryTable(String historyTable) {
    this.historyTable = historyTable;
  }
}
