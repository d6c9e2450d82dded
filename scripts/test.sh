#!/usr/bin/env bash
# Sets up, builds and runs the whole lit suite. The last line is the plain
# summary "N passed, N failed"; the exit status is non-zero on any failure.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${NORM_BUILD_DIR:-$root/build}"

bash "$root/scripts/setup.sh" || { echo "0 passed, 1 failed"; exit 1; }
bash "$root/scripts/build.sh" || { echo "0 passed, 1 failed"; exit 1; }

results="$build/test/results.xml"
rm -f "$results"
/usr/lib/llvm-22/bin/lit -sv --xunit-xml-output "$results" \
  "$build/test" "$@"
status=$?

if [ ! -f "$results" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
/usr/bin/python3 - "$results" "$status" <<'PY'
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
total = sum(int(s.get("tests", 0)) for s in suites)
failed = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
skipped = sum(int(s.get("skipped", 0)) for s in suites)
passed = total - failed - skipped
if sys.argv[2] != "0" and failed == 0:
    failed = 1  # lit failed outside any test (e.g. a configuration error)
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed else 0)
PY
