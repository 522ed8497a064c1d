// autogen:check on the unchanged example: its entities and its migrations agree.
def log = new File(basedir, 'build.log').text
assert log.contains('No drift: the entities, the migrations') : 'autogen:check did not report agreement'
assert log.contains('BUILD SUCCESS')
