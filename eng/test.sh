#!/usr/bin/env bash
# The one test command: makes sure Redis can be had, runs every test project of EventSystem.sln in Release,
# keeps TRX results under artifacts/test-results/, and ends with one line "Total: N passed, N failed, N skipped".
# Extra arguments go to 'dotnet test', for example: eng/test.sh --filter "FullyQualifiedName~Restart".
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/artifacts/test-results"
cd "$root"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is needed ('dotnet' is not on PATH)." >&2
  exit 1
fi

bash "$root/eng/install-redis.sh"

rm -rf "$results"
mkdir -p "$results"

# A test that hangs this long is stuck: end its test host rather than the whole run's time budget.
set +e
dotnet test EventSystem.sln -c Release \
  --logger trx --results-directory "$results" \
  --blame-hang-timeout 5m --blame-hang-dump-type none \
  "$@"
dotnet_status=$?
set -e

# Prints "passed failed skipped" summed over the TRX files' counters.
count_results() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$results" <<'PY'
import glob, sys
import xml.etree.ElementTree as ElementTree

namespace = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
passed = failed = skipped = 0
for path in glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True):
    counters = ElementTree.parse(path).getroot().find(f"{namespace}ResultSummary/{namespace}Counters")
    if counters is None:
        continue
    count = lambda name: int(counters.get(name, "0"))
    passed += count("passed")
    failed += count("failed") + count("error") + count("timeout") + count("aborted")
    # xunit's skipped tests show up only as the difference: counted in total, not executed.
    skipped += count("total") - count("executed")
print(passed, failed, skipped)
PY
  else
    local passed=0 failed=0 skipped=0 counters name
    attribute() {
      local value
      value="$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters" | head -n 1)"
      echo "${value:-0}"
    }
    while IFS= read -r -d '' trx; do
      counters="$(grep -o '<Counters [^>]*>' "$trx" || true)"
      [[ -n "$counters" ]] || continue
      passed=$((passed + $(attribute passed)))
      for name in failed error timeout aborted; do
        failed=$((failed + $(attribute "$name")))
      done
      skipped=$((skipped + $(attribute total) - $(attribute executed)))
    done < <(find "$results" -name '*.trx' -print0)
    echo "$passed $failed $skipped"
  fi
}

read -r passed failed skipped < <(count_results)
echo "TRX results: $results"
echo "Total: $passed passed, $failed failed, $skipped skipped"

if (( failed > 0 )); then
  exit 1
fi
if (( passed + failed == 0 )); then
  echo "No test ran." >&2
  exit 1
fi
if (( dotnet_status != 0 )); then
  echo "dotnet test exited with $dotnet_status although no test failed (a build error or a crashed test host)." >&2
fi
exit "$dotnet_status"
