#!/usr/bin/env bash
# npm test: typecheck, lint, vitest (unit + integration), next build, Playwright.
# Runs every stage even after a failure, then prints one last line "N passed, N failed": the vitest and
# Playwright test counts, plus one failure for each failed typecheck, lint or build (or crashed runner).
# Exit code: 0 only when nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

results=$(mktemp -d "${TMPDIR:-/tmp}/pathway-test.XXXXXX")
trap 'rm -rf "$results"' EXIT
passed=0
failed=0
summary=()

# count_json <vitest|playwright> <file> <runner exit code>: adds the file's counts to passed/failed.
count_json() {
  local counts
  counts=$(node -e '
    const [kind, file, rc] = process.argv.slice(1);
    let r; try { r = JSON.parse(require("fs").readFileSync(file, "utf8")); } catch { r = undefined; }
    let p = 0, f = 0;
    if (r && kind === "vitest") {
      p = r.numPassedTests; f = r.numFailedTests;
      // A file that fails to load, or an unhandled error, fails the run without failing a test.
      if (f === 0 && (r.numFailedTestSuites > 0 || rc !== "0")) f = 1;
    } else if (r && kind === "playwright") {
      p = r.stats.expected + r.stats.flaky; f = r.stats.unexpected;
      // webServer failures, config errors: no test failed, yet the run did.
      if (f === 0 && ((r.errors ?? []).length > 0 || rc !== "0")) f = 1;
    } else if (rc !== "0") f = 1; // the runner crashed before writing its report
    console.log(p + " " + f);
  ' "$1" "$2" "$3")
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
  summary+=("$1: ${counts% *} passed, ${counts#* } failed")
}

# step <name> <command…>: a pass/fail stage that has no test count of its own.
step() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then
    summary+=("$name: ok")
    return 0
  fi
  failed=$((failed + 1))
  summary+=("$name: FAILED")
  return 1
}

# Typecheck and lint are single-threaded: run them side by side (a minute saved on 2 cores), then print lint's output.
npm run -s lint >"$results/lint.log" 2>&1 &
lint_pid=$!
step typecheck npm run -s typecheck && export PATHWAY_TYPECHECKED=1
echo "── lint"
wait "$lint_pid"
lint_rc=$?
cat "$results/lint.log"
if [ "$lint_rc" -eq 0 ]; then summary+=("lint: ok"); else failed=$((failed + 1)); summary+=("lint: FAILED"); fi

echo "── vitest (unit + integration)"
npx vitest run --passWithNoTests --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
count_json vitest "$results/vitest.json" $?

if step build npx next build; then
  echo "── playwright"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --pass-with-no-tests --reporter=list,json
  count_json playwright "$results/playwright.json" $?
else
  summary+=("playwright: skipped (no build)")
fi

echo
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
