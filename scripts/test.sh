#!/usr/bin/env bash
# All the tests, from a fresh Debian/Ubuntu machine with a JDK 17+ and Maven:
#   installs the Debian packages the tests need (scripts/deps/*.txt), starts the test fixtures
#   (scripts/fixtures/*.sh: a throwaway Samba on loopback, native stand-ins, ...), runs
#   `mvn verify` (unit, compatibility suite under Jython and GraalPy, jar-level tests), and stops
#   every fixture by PID on the way out. Extra arguments go to Maven (e.g. -Dcompat.only=wnet).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

PYWIN32JVM_FIXTURES=$(mktemp -d "${TMPDIR:-/tmp}/pywin32jvm-fixtures.XXXXXX")
export PYWIN32JVM_FIXTURES
started=()
stop_fixtures() {
  local i
  for (( i=${#started[@]}-1; i>=0; i-- )); do bash "${started[$i]}" stop || true; done
  rm -rf "$PYWIN32JVM_FIXTURES"
}
# the reliability suites' counts (bad-input matrix, fuzz, faults, unclosed handles), shown whatever the outcome
reliability_counts() {
  local f
  f=$(grep -h -E "^(bad-input matrix|fuzz seed [0-9]+) \(|^fault suite:|^(jython|graalpy): HANDLES " \
      target/surefire-reports/*-output.txt target/failsafe-reports/*-output.txt 2>/dev/null | sort -u || true)
  [ -n "$f" ] && printf 'reliability suites:\n%s\n' "$f" | sed '2,$s/^/  /'
  return 0
}
trap 'reliability_counts; stop_fixtures' EXIT

for f in scripts/fixtures/*.sh; do
  [ -e "$f" ] || continue
  started+=("$f")
  bash "$f" start
done

# Fixtures publish their settings as KEY=VALUE lines; tests read them from the environment.
if [ -f "$PYWIN32JVM_FIXTURES/env" ]; then
  set -a; . "$PYWIN32JVM_FIXTURES/env"; set +a
fi
# Under this script a missing fixture is a failure, not a skip.
export PYWIN32JVM_REQUIRE_FIXTURES=1

# The JDK 25 paths (AOT start-up cache, --jit) are tested only where a JDK 25+ is installed (LauncherIT)
# (grep exits 2 for the folders that do not exist: that must not end the run under set -e)
jdk25=${PYWIN32JVM_TEST_JDK25:-$( { grep -ls '^JAVA_VERSION="\(2[5-9]\|[3-9][0-9]\)' /usr/lib/jvm/*/release /opt/java/*/release /usr/java/*/release 2>/dev/null || true; } | head -1)}
[ -n "$jdk25" ] || echo "test.sh: no JDK 25+ found: LauncherIT skips the AOT-cache and --jit tests"

mvn -B -ntp verify "$@"
