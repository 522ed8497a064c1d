#!/usr/bin/env bash
# Benchmark of `autogen --message` on generated entity models of N tables (ten columns each, a foreign key
# to the previous table, a unique constraint and two indexes), with the baseline one small step behind
# (the last entity gains one column). For each N it measures wall time, peak resident memory and CPU time
# of R runs against a live database (--url) and against the default shadow baseline (the migrations
# replayed on the embedded PostgreSQL), checks that each run wrote exactly one addColumn, and prints a
# table. Before each run the entity classes are touched, as a rebuild of the entities would leave them;
# the migrations compiled by `upgrade head` are in autogen's cache (~/.cache/autogen/compiled), as they
# are in the usual loop of change, compile, autogenerate.
#
#   bench/autogenerate.sh                 # N = 10 100 1000, R = 5
#   BENCH_SIZES="10 100" BENCH_RUNS=3 bench/autogenerate.sh
#
# Settings (environment): BENCH_SIZES, BENCH_RUNS, BENCH_PG_HOST (127.0.0.1), BENCH_PG_PORT (5432),
# BENCH_PG_USER (postgres; trust authentication, or PGPASSWORD), BENCH_OUT (bench/results-DATE.md),
# JAVA_OPTS (passed to the CLI's JVM by bin/autogen), BENCH_BUILDS: to compare builds, NAME=COMMAND pairs
# separated by spaces (each COMMAND a launcher taking the CLI's arguments, e.g. a copy of an older build);
# their runs alternate, so they share the machine's load alike. Needs the CLI built first:
#   ./mvnw -q -B -o -pl autogen -am package -DskipTests
# A benchmark, not a test: the figures depend on the machine and on what else runs on it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
sizes="${BENCH_SIZES:-10 100 1000}"
runs="${BENCH_RUNS:-5}"
pg_host="${BENCH_PG_HOST:-127.0.0.1}"
pg_port="${BENCH_PG_PORT:-5432}"
pg_user="${BENCH_PG_USER:-postgres}"
out="${BENCH_OUT:-$root/bench/results-$(date +%Y-%m-%d).md}"
autogen="$root/bin/autogen"
builds=(${BENCH_BUILDS:-"-=$autogen"})
classpath_file="$root/autogen/target/autogen.classpath"

die() { echo "autogenerate.sh: $*" >&2; exit 2; }

[ -x /usr/bin/time ] || die "/usr/bin/time (GNU time) is needed for wall time and peak memory"
[ -f "$classpath_file" ] || die "build the CLI first: ./mvnw -q -B -o -pl autogen -am package -DskipTests"
[ "$runs" -ge 1 ] 2>/dev/null || die "BENCH_RUNS must be a positive number"

work="$(mktemp -d "${TMPDIR:-/tmp}/autogen-bench.XXXXXX")"
databases=()
cleanup() {
  for db in "${databases[@]}"; do
    psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
      >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# The live database: the machine's PostgreSQL, when it answers.
live=yes
if ! command -v psql >/dev/null || ! psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  live=no
  echo "autogenerate.sh: no PostgreSQL at $pg_host:$pg_port (user $pg_user); skipping the --url rows" >&2
fi

machine() {
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(free -m | awk '/^Mem:/ {print $2}') MiB memory"
  echo "- java: $(java -version 2>&1 | head -n 2 | tr '\n' ' ' | sed 's/ *$//')"
  if [ "$live" = yes ]; then
    echo "- live database: $(psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -Atc 'show server_version') at $pg_host:$pg_port"
  fi
  echo "- JAVA_OPTS: ${JAVA_OPTS:-(none)}"
  echo "- runs per row: $runs; wall seconds, peak RSS and CPU seconds (user + system) of the CLI process"
  echo "  (GNU time %e %M %U %S; the embedded PostgreSQL's own processes are not counted)"
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# Writes the STEP (0 or 1) model of N entities into PROJECT/src and compiles it into PROJECT/classes.
compile_model() {
  local project="$1" n="$2" step="$3"
  rm -rf "$project/src" "$project/classes"
  java "$root/bench/GenerateEntities.java" "$project/src" "$n" "$step"
  mkdir -p "$project/classes"
  javac -nowarn -encoding UTF-8 -proc:none -d "$project/classes" -cp "$(cat "$classpath_file")" \
    "$project"/src/bench/model/*.java
}

# The one file in DIR newer than the initial migration; fails unless it holds exactly one addColumn and no
# other op in its upgrade.
check_step() {
  local dir="$1"
  local files
  files="$(find "$dir" -name '*.java' ! -name '*_initial.java')"
  [ "$(printf '%s\n' "$files" | grep -c .)" -eq 1 ] || { echo "expected one new migration in $dir, found: $files" >&2; return 1; }
  local upgrade
  # The upgrade method's body: its op calls.
  upgrade="$(sed -n '/void upgrade(/,/^  }/p' "$files")"
  local adds ops
  adds="$(grep -c 'op\.addColumn(' <<<"$upgrade" || true)"
  ops="$(grep -c 'op\.[a-zA-Z]*(' <<<"$upgrade" || true)"
  if [ "$adds" -ne 1 ] || [ "$ops" -ne 1 ]; then
    echo "expected exactly one addColumn in $files, found $adds addColumn and $ops op(s):" >&2
    cat "$files" >&2
    return 1
  fi
  rm -f "$files"
}

# Median, min and max of the numbers on stdin, one a line.
stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%s %s %s\n", m, v[1], v[NR] }'
}

rows=()
label() { if [ "$2" = - ]; then echo "$1"; else echo "$1 $2"; fi; }
record() { # N MODE FILE-of-"seconds kib"-lines
  local n="$1" mode="$2" file="$3" t m
  t="$(cut -d' ' -f1 "$file" | stats)"
  m="$(cut -d' ' -f2 "$file" | awk '{ printf "%.0f\n", $1 / 1024 }' | stats)"
  c="$(awk '{ printf "%.2f\n", $3 + $4 }' "$file" | stats)"
  read -r tmed tmin tmax <<<"$t"
  read -r mmed mmin mmax <<<"$m"
  read -r cmed _ <<<"$c"
  rows+=("$(printf '| %6s | %-12s | %6.2f | %6.2f | %6.2f | %5s | %5s | %5s | %6.2f | %s |' \
    "$n" "$mode" "$tmed" "$tmin" "$tmax" "$mmed" "$mmin" "$mmax" "$cmed" "$4")")
}

echo "autogen benchmark: sizes $sizes, $runs run(s) each; work directory $work"
machine
echo "- load average at start: $(loadavg)"

for n in $sizes; do
  project="$work/n$n"
  mkdir -p "$project"
  cat >"$project/autogen.properties" <<EOF
entities=bench.model
classpath=classes
migrations=migrations
package=bench.migrations
EOF
  echo
  echo "== $n tables: initial migration"
  compile_model "$project" "$n" 0
  "$autogen" -C "$project" --quiet --message initial
  ls "$project/migrations" | grep -q '_initial\.java$' || die "no initial migration written for $n tables"

  url=""
  if [ "$live" = yes ]; then
    db="autogen_bench_${n}_$$"
    databases+=("$db")
    PGOPTIONS="-c client_min_messages=warning" psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS \"$db\"" -c "CREATE DATABASE \"$db\"" >/dev/null
    url="jdbc:postgresql://$pg_host:$pg_port/$db"
    "$autogen" -C "$project" --quiet --url "$url" --user "$pg_user" upgrade head
  fi

  # The entities move one small step ahead of the database and the migrations.
  compile_model "$project" "$n" 1

  modes=(shadow)
  [ "$live" = yes ] && modes=(url shadow)
  for mode in "${modes[@]}"; do
    load_before="$(loadavg)"
    for build in "${builds[@]}"; do
      : >"$work/times-$n-$mode-${build%%=*}"
    done
    for ((i = 1; i <= runs; i++)); do
      for build in "${builds[@]}"; do
        name="${build%%=*}" command="${build#*=}"
        # As after a rebuild of the entities, which is what precedes autogenerate in the real workflow.
        find "$project/classes" -name '*.class' -exec touch {} +
        times="$work/times-$n-$mode-$name"
        args=(-C "$project" --quiet --message step)
        [ "$mode" = url ] && args=(-C "$project" --quiet --url "$url" --user "$pg_user" --message step)
        if ! /usr/bin/time -f '%e %M %U %S' -a -o "$times" $command "${args[@]}" >"$work/out" 2>&1; then
          cat "$work/out" >&2
          die "autogen --message failed for $n tables ($mode, $command)"
        fi
        check_step "$project/migrations" || die "wrong migration for $n tables ($mode, $command)"
        echo "   $(label "$mode" "$name") run $i: $(tail -n 1 "$times" | awk '{ printf "%s s, %.0f MiB", $1, $2 / 1024 }')"
      done
    done
    for build in "${builds[@]}"; do
      name="${build%%=*}"
      record "$n" "$(label "$mode" "$name")" "$work/times-$n-$mode-$name" "$load_before"
    done
  done
done

table="$(
  echo "| tables | mode         | median s | min s | max s | median MiB | min MiB | max MiB | median CPU s | load avg before |"
  echo "|-------:|--------------|-------:|------:|------:|------:|------:|------:|------:|-----------------|"
  printf '%s\n' "${rows[@]}"
)"
report="$(
  echo "# autogen --message benchmark, $(date '+%Y-%m-%d %H:%M')"
  echo
  echo "Command per run: \`bin/autogen -C DIR --quiet [--url URL --user $pg_user] --message step\`, the entities one"
  echo "added column ahead of the baseline (url: a live database at the initial revision; shadow: the initial"
  echo "migration replayed on the embedded PostgreSQL). Commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- autogen runtime bin 2>/dev/null || echo ' (with local changes)')."
  echo
  machine
  echo "- load average at end: $(loadavg)"
  echo
  echo "$table"
)"
echo
echo "$report"
printf '%s\n' "$report" >"$out"
echo
echo "written to $out"
