// Runs only where the machine's PostgreSQL answers; elsewhere the test is skipped, and says why.
import java.sql.SQLException

try {
  def properties = new Properties()
  properties.setProperty('connectTimeout', '5')
  new org.postgresql.Driver().connect(postgresUrl, properties).close()
  return true
} catch (SQLException e) {
  // Into target/it/database/build.log; the console shows the test as SKIPPED.
  println "database: skipped, no PostgreSQL at ${postgresUrl.replaceAll(/password=[^&]*/, 'password=****')} (${e.message})"
  return false
}
