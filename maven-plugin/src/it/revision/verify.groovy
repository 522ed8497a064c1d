// autogen:revision wrote the migration of the new field, and with it autogen:check agrees.
def migrations = new File(basedir, 'src/main/java/com/example/qaportal/migrations')
def written = migrations.listFiles().findAll { it.name ==~ /M\d{8}_\d{4}_add_linkedin_url\.java/ }
assert written.size() == 1 : "expected one new migration in $migrations, found ${migrations.list()}"
def source = written[0].text
assert source.contains('op.addColumn("team_members", column("linkedin_url", varchar(255)))') : source
assert source.contains('op.dropColumn("team_members", "linkedin_url")') : source
assert source.contains('parents = "20261126_0007_2218"') : source

def log = new File(basedir, 'build.log').text
assert log.contains('Created src/main/java/com/example/qaportal/migrations/' + written[0].name)
assert log.contains('No drift: the entities, the migrations')
