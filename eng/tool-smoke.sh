#!/usr/bin/env bash
# Packs the operator tool, installs it from that local folder into a temporary tool path, and runs
# 'eventsystem --help' and a bad-input call, to prove the package installs and starts. Temporary files go under /tmp.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d /tmp/eventsystem-tool-smoke.XXXXXX)"
trap 'rm -rf "$work"' EXIT
version="0.0.0-smoke.$(date +%s)"

dotnet pack "$repo/src/Tool/EventSystem.Tool.csproj" -c Release -o "$work/feed" -p:Version="$version" \
  --nologo -v quiet
dotnet tool install --tool-path "$work/tools" --add-source "$work/feed" --version "$version" EventSystem.Tool

help="$("$work/tools/eventsystem" --help)"
[[ "$help" == *"Usage: eventsystem <command>"* ]] || { echo "unexpected --help output: $help" >&2; exit 1; }

set +e
bad="$("$work/tools/eventsystem" raise --redis 127.0.0.1:1 --app shop --event nope 2>&1)"
code=$?
set -e
[[ $code -eq 2 && "$bad" == *"is not a GUID"* ]] || { echo "bad input gave $code: $bad" >&2; exit 1; }
echo "tool smoke OK: installed EventSystem.Tool $version, 'eventsystem --help' runs, bad input exits 2"
