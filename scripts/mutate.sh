#!/usr/bin/env bash
# Mutation testing of the lowerings: applies each deliberate bug of
# test/mutations/*.patch, one at a time, to a separate git worktree of the
# committed tree, rebuilds it in its own build directory, runs the tests the
# patch names (or, with --full, the whole suite) and reports whether the
# suite caught the bug. Not part of CI: each mutant recompiles a file or two
# and reruns tests (minutes each).
#
#   scripts/mutate.sh [--full] [--list] [--keep-going] [NAME...]
#
# NAME: mutant names (test/mutations/NAME.patch); all of them by default.
# --full        run the whole suite for every mutant, not only its tests
# --list        list the mutants and the tests each one runs, and exit
#
# Environment:
#   NORM_MUTATE_DIR    where the worktree and build live (default
#                      build-mutate/ at the repository root: src/ is the
#                      worktree, build/ the build directory)
#   NORM_BUILD_DIR     the build directory (default $NORM_MUTATE_DIR/build)
#   NORM_MUTATE_REF    the commit to mutate (default HEAD)
#   NORM_MUTATE_JOBS   ninja -j for the rebuilds (default: ninja's)
#   NORM_MUTATE_TIMEOUT  seconds one mutant's test run may take (default 1800;
#                      a run that times out counts as caught: a hang)
#
# The main working tree and its build/ are never touched: patches are
# applied in the worktree and undone there (git checkout) after each mutant.
# A mutant is caught when a test that passes on the unmutated build fails;
# tests that already fail on the unmutated build are reported and ignored.
# Each patch file starts with a description line and a "tests: PATHS" line
# (lit paths relative to test/), then a git diff against the sources.
#
# The last line of the output is "mutate: caught C/T mutants"; the exit
# status is non-zero if any mutant survived, did not apply or did not build.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
mutations="$root/test/mutations"
work="${NORM_MUTATE_DIR:-$root/build-mutate}"
tree="$work/src"
build="${NORM_BUILD_DIR:-$work/build}"
ref="${NORM_MUTATE_REF:-HEAD}"
timeout_s="${NORM_MUTATE_TIMEOUT:-1800}"
lit=/usr/lib/llvm-22/bin/lit
logs="$work/logs"

full=0
list=0
names=()
for arg in "$@"; do
  case "$arg" in
    --full) full=1 ;;
    --list) list=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "mutate: unknown option $arg" >&2; exit 2 ;;
    *) names+=("$arg") ;;
  esac
done
if [ ${#names[@]} -eq 0 ]; then
  for patch in "$mutations"/*.patch; do
    names+=("$(basename "$patch" .patch)")
  done
fi

describe() { sed -n 1p "$mutations/$1.patch"; }
tests_of() {
  sed -n 's/^tests: //p' "$mutations/$1.patch" | head -1
}

if [ $list -eq 1 ]; then
  for name in "${names[@]}"; do
    printf '%s\n    %s\n    tests: %s\n' "$name" "$(describe "$name")" \
      "$(tests_of "$name")"
  done
  exit 0
fi
for name in "${names[@]}"; do
  [ -f "$mutations/$name.patch" ] || {
    echo "mutate: no mutant $name ($mutations/$name.patch)" >&2; exit 2; }
done

# The worktree at the commit under test, clean.
mkdir -p "$work" "$logs"
if [ ! -e "$tree/.git" ]; then
  git -C "$root" worktree prune
  git -C "$root" worktree add --detach "$tree" "$ref" >/dev/null
fi
git -C "$tree" checkout --quiet --detach --force "$(git -C "$root" rev-parse "$ref")"
git -C "$tree" reset --quiet --hard
git -C "$tree" clean --quiet -fd
echo "mutate: $(git -C "$tree" log --oneline -1) in $tree, built in $build"

jobs=()
[ -n "${NORM_MUTATE_JOBS:-}" ] && jobs=(-j "$NORM_MUTATE_JOBS")
build_tree() {
  if [ ! -f "$build/build.ninja" ]; then
    (cd "$tree" && NORM_BUILD_DIR="$build" nice -n 10 bash scripts/build.sh)
  else
    nice -n 10 ninja -C "$build" "${jobs[@]}"
  fi
}

# Runs lit on the given test paths (relative to test/); writes the JSON
# results to $1. Returns 124 on a timeout.
run_tests() {
  local out="$1"; shift
  local paths=()
  for path in "$@"; do paths+=("$build/test/$path"); done
  rm -f "$out"
  timeout "$timeout_s" "$lit" -q -o "$out" "${paths[@]}" >/dev/null 2>&1 || {
    local status=$?
    [ $status -eq 124 ] && return 124
    return 0
  }
}

# The failing tests of a lit JSON result, one per line.
failures() {
  [ -f "$1" ] || return 0
  /usr/bin/python3 - "$1" <<'EOF'
import json, sys
for test in json.load(open(sys.argv[1]))["tests"]:
    if test["code"] in ("FAIL", "XPASS", "TIMEOUT", "UNRESOLVED"):
        print(test["name"].split(" :: ", 1)[1])
EOF
}

subset_of() {
  if [ $full -eq 1 ]; then echo "."; else tests_of "$1"; fi
}

echo "mutate: building the unmutated tree"
build_tree > "$logs/baseline-build.log" 2>&1 || {
  echo "mutate: the unmutated tree does not build (see $logs/baseline-build.log)" >&2
  exit 2
}

# Baseline: the tests every mutant will run, on the unmutated build.
all_paths=()
if [ $full -eq 1 ]; then
  all_paths=(.)
else
  for name in "${names[@]}"; do
    read -r -a paths <<< "$(tests_of "$name")"
    all_paths+=("${paths[@]}")
  done
  mapfile -t all_paths < <(printf '%s\n' "${all_paths[@]}" | sort -u)
fi
echo "mutate: running ${all_paths[*]} on the unmutated build"
run_tests "$logs/baseline.json" "${all_paths[@]}" || true
mapfile -t baseline_failures < <(failures "$logs/baseline.json")
if [ ${#baseline_failures[@]} -gt 0 ]; then
  echo "mutate: failing before any mutation (ignored): ${baseline_failures[*]}"
fi
already_failing() {
  local test
  for test in "${baseline_failures[@]}"; do
    [ "$test" = "$1" ] && return 0
  done
  return 1
}

caught=0
total=0
bad=0
for name in "${names[@]}"; do
  total=$((total + 1))
  patch="$mutations/$name.patch"
  printf 'mutate: %-40s ' "$name"
  if ! git -C "$tree" apply "$patch" 2> "$logs/$name.apply.log"; then
    echo "NOT APPLIED (the sources changed; see $logs/$name.apply.log)"
    bad=$((bad + 1))
    continue
  fi
  if ! build_tree > "$logs/$name.build.log" 2>&1; then
    echo "DID NOT BUILD (see $logs/$name.build.log)"
    bad=$((bad + 1))
    git -C "$tree" checkout --quiet -- . && git -C "$tree" clean --quiet -fd
    continue
  fi
  read -r -a paths <<< "$(subset_of "$name")"
  status=0
  run_tests "$logs/$name.json" "${paths[@]}" || status=$?
  git -C "$tree" checkout --quiet -- . && git -C "$tree" clean --quiet -fd
  if [ $status -eq 124 ]; then
    echo "CAUGHT (the tests timed out after ${timeout_s}s)"
    caught=$((caught + 1))
    continue
  fi
  new=()
  while IFS= read -r test; do
    [ -n "$test" ] && ! already_failing "$test" && new+=("$test")
  done < <(failures "$logs/$name.json")
  if [ ${#new[@]} -gt 0 ]; then
    echo "CAUGHT by ${#new[@]} test(s): ${new[*]}"
    caught=$((caught + 1))
  else
    echo "SURVIVED ($(describe "$name"))"
    bad=$((bad + 1))
  fi
done

# Leave the build matching the unmutated tree.
build_tree > "$logs/restore-build.log" 2>&1 || true
echo "mutate: caught $caught/$total mutants"
[ $bad -eq 0 ]
