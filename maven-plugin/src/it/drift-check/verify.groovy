// autogen:check failed the build and said why: the column of the new field.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def failure = log.readLines().find { it.contains('Failed to execute goal') && it.contains(':check') }
assert failure != null : 'the build did not fail in autogen:check'
assert failure.contains('1 difference(s) found') : failure
assert log.contains('team_members.linkedin_url') : 'the failure does not name the new column'
