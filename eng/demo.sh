#!/usr/bin/env bash
# The EventSystem demo in one command: three servers exchange events over Redis, server B's subscription is cut
# for real, B is told exactly which events it missed, and a summary checks that nothing went unaccounted for.
# Uses EVENTSYSTEM_REDIS when set; otherwise starts a private redis-server on a free 127.0.0.1 port and stops it
# on exit. Extra arguments go to the coordinator (for example: --seconds 12). Exit code 0 means the checks passed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/samples/EventSystem.Demo/EventSystem.Demo.csproj"
redis_pid=""
redis_dir=""

cleanup() {
  if [[ -n "$redis_pid" ]] && kill -0 "$redis_pid" 2>/dev/null; then
    kill "$redis_pid" 2>/dev/null || true
    wait "$redis_pid" 2>/dev/null || true
  fi
  if [[ -n "$redis_dir" ]]; then
    rm -rf "$redis_dir"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_is_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

redis_answers() {
  [[ "$(redis-cli -h 127.0.0.1 -p "$1" ping 2>/dev/null)" == "PONG" ]]
}

start_private_redis() {
  redis_dir="$(mktemp -d "${TMPDIR:-/tmp}/eventsystem-demo-redis.XXXXXX")"
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    local port=$((20000 + RANDOM % 20000))
    if port_is_taken "$port"; then
      continue
    fi
    redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --dir "$redis_dir" \
      --logfile "$redis_dir/redis.log" &
    redis_pid=$!
    for _ in $(seq 1 50); do
      if redis_answers "$port"; then
        redis="127.0.0.1:$port"
        return 0
      fi
      if ! kill -0 "$redis_pid" 2>/dev/null; then
        break
      fi
      sleep 0.1
    done
    kill "$redis_pid" 2>/dev/null || true
    wait "$redis_pid" 2>/dev/null || true
    redis_pid=""
  done
  echo "Could not start redis-server on a free port; see $redis_dir/redis.log" >&2
  return 1
}

"$root/eng/install-redis.sh"

if [[ -n "${EVENTSYSTEM_REDIS:-}" ]]; then
  redis="$EVENTSYSTEM_REDIS"
  echo "Using Redis at $redis (EVENTSYSTEM_REDIS)."
else
  start_private_redis
  echo "Started a private redis-server at $redis (pid $redis_pid); it stops when the demo ends."
fi

echo "Building the demo (Release)..."
if ! build_log="$(dotnet build "$project" -c Release --nologo -v quiet 2>&1)"; then
  echo "$build_log" >&2
  echo "The build failed." >&2
  exit 1
fi

set +e
dotnet "$root/samples/EventSystem.Demo/bin/Release/net10.0/EventSystem.Demo.dll" \
  --role coordinator --redis "$redis" "$@"
status=$?
set -e
exit "$status"
