// The example, with a field added to an entity and no migration for it.
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
Files.copy(example.resolve('autogen.properties'), target.resolve('autogen.properties'), StandardCopyOption.REPLACE_EXISTING)

def entity = target.resolve('src/main/java/com/example/qaportal/model/TeamMember.java')
def source = entity.toFile().text
def field = '  @Column(name = "job_title", length = 100)'
assert source.contains(field)
entity.toFile().text = source.replace(field, '  @Column(name = "linkedin_url", length = 255)\n  private String linkedinUrl;\n\n' + field)
return true
