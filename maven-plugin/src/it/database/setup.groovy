// The example, on a database of its own on the machine's PostgreSQL, named in autogen.properties.
import java.nio.file.*

def example = Paths.get(exampleDirectory)
def target = basedir.toPath()
Files.walk(example.resolve('src/main')).withCloseable { paths ->
  paths.filter { Files.isRegularFile(it) }.each { source ->
    def copy = target.resolve(example.relativize(source).toString())
    Files.createDirectories(copy.parent)
    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING)
  }
}

// A name of its own, so that builds running side by side on one server do not meet.
def database = "autogen_maven_it_${ProcessHandle.current().pid()}_${System.currentTimeMillis()}"
new org.postgresql.Driver().connect(postgresUrl, new Properties()).withCloseable { c ->
  c.createStatement().withCloseable { it.execute("CREATE DATABASE \"$database\"") }
}
context.put('database', database)

// The server's URL, on the new database; its parameters (user, password) stay.
def m = postgresUrl =~ /^(jdbc:postgresql:\/\/[^\/?]*)(?:\/[^?]*)?(\?.*)?$/
assert m.matches() : "not a PostgreSQL JDBC URL: $postgresUrl"
def url = m.group(1) + '/' + database + (m.group(2) ?: '')
target.resolve('autogen.properties').toFile().text = example.resolve('autogen.properties').toFile().text + """
# The test's database.
url=$url
"""
return true
