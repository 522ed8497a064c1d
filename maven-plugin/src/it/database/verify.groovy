// upgrade applied the example's migration and current, history and check saw it; downgrade undid it.
try {
  def log = new File(basedir, 'build.log').text
  def lines = log.readLines()
  def revision = '20261126_0007_2218'
  assert log =~ /Applied\s+$revision\s+initial schema/ : 'upgrade did not apply the initial schema'
  assert log.contains("The database is now at $revision (head)")
  assert lines.contains("[INFO] $revision (head) (base)".toString()) : 'current did not show the head'
  assert lines.contains("[INFO] <base> -> $revision (head) (base), initial schema".toString()) : 'history did not list the revision'
  assert log.contains('No drift: the entities, the migrations') : 'check against the database did not agree'
  assert log.contains('The database is now at base') : 'downgrade did not go to base'
  assert log.contains('The database is at base: no revision applied.') : 'current after the downgrade did not say base'
  assert log.contains('BUILD SUCCESS')
} finally {
  def database = context.get('database')
  if (database != null) {
    new org.postgresql.Driver().connect(postgresUrl, new Properties()).withCloseable { c ->
      c.createStatement().withCloseable { it.execute("DROP DATABASE IF EXISTS \"$database\"") }
    }
  }
}
