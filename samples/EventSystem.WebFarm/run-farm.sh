#!/usr/bin/env bash
# A web farm on this machine: Redis and three instances of the catalogue sample on loopback ports. A PUT through
# one instance invalidates the cached product on all three. Uses EVENTSYSTEM_REDIS when set; otherwise starts a
# private redis-server on a free 127.0.0.1 port. Everything it started is stopped by PID when it exits.
#   run-farm.sh           start the farm, print curl commands to try, run until Ctrl+C
#   run-farm.sh --check   start the farm, GET on all three, PUT through one, check that all three see the change
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
check=false
[[ "${1:-}" == "--check" ]] && check=true
redis_pid=""
work_dir="$(mktemp -d "${TMPDIR:-/tmp}/eventsystem-webfarm.XXXXXX")"
instance_pids=()
ports=()

cleanup() {
  for pid in "${instance_pids[@]}" "$redis_pid"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_is_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! port_is_taken "$port" && [[ " ${ports[*]} " != *" $port "* ]]; then
      echo "$port"
      return 0
    fi
  done
  echo "No free port found." >&2
  return 1
}

start_private_redis() {
  local port
  port="$(free_port)"
  redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work_dir" \
    --logfile "$work_dir/redis.log" &
  redis_pid=$!
  for _ in $(seq 1 50); do
    if [[ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" == "PONG" ]]; then
      redis="127.0.0.1:$port"
      return 0
    fi
    sleep 0.1
  done
  echo "redis-server did not answer on port $port; see $work_dir/redis.log" >&2
  return 1
}

wait_until_healthy() {
  local port="$1" log="$2"
  for _ in $(seq 1 150); do
    if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.2
  done
  echo "The instance on port $port did not become healthy; its log:" >&2
  tail -n 30 "$log" >&2
  return 1
}

if [[ -n "${EVENTSYSTEM_REDIS:-}" ]]; then
  redis="$EVENTSYSTEM_REDIS"
  echo "Using Redis at $redis (EVENTSYSTEM_REDIS)."
else
  bash "$root/eng/install-redis.sh"
  start_private_redis
  echo "Started a private redis-server at $redis (pid $redis_pid)."
fi

echo "Building the sample (Release)..."
if ! build_log="$(dotnet build "$here/EventSystem.WebFarm.csproj" -c Release --nologo -v quiet 2>&1)"; then
  echo "$build_log" >&2
  exit 1
fi

# A fresh application name per run keeps runs against a shared Redis apart.
application="webfarm-$$"
for n in 1 2 3; do
  port="$(free_port)"
  ports+=("$port")
  log="$work_dir/web-$n.log"
  (cd "$here" && exec dotnet "bin/Release/net10.0/EventSystem.WebFarm.dll" --urls "http://127.0.0.1:$port" \
    --ConnectionStrings:Redis="$redis" --EventSystem:ApplicationName="$application" \
    --EventSystem:ServerName="web-$n") >"$log" 2>&1 &
  instance_pids+=($!)
done
for n in 0 1 2; do
  wait_until_healthy "${ports[$n]}" "$work_dir/web-$((n + 1)).log"
done
echo "Three instances are up: web-1 on ${ports[0]}, web-2 on ${ports[1]}, web-3 on ${ports[2]}."

if [[ "$check" == true ]]; then
  for port in "${ports[@]}"; do curl -fs "http://127.0.0.1:$port/products/1" >/dev/null; done
  for port in "${ports[@]}"; do
    curl -fs "http://127.0.0.1:$port/products/1" | grep -q '"fromCache":true' \
      || { echo "web on $port did not cache product 1" >&2; exit 1; }
  done
  name="Espresso cup $RANDOM"
  curl -fs -X PUT -H 'Content-Type: application/json' -d "{\"name\":\"$name\",\"price\":9.25}" \
    "http://127.0.0.1:${ports[0]}/products/1" >/dev/null
  for port in "${ports[@]}"; do
    seen=""
    for _ in $(seq 1 50); do
      seen="$(curl -fs "http://127.0.0.1:$port/products/1")"
      [[ "$seen" == *"\"name\":\"$name\""* ]] && break
      sleep 0.1
    done
    [[ "$seen" == *"\"name\":\"$name\""* ]] || { echo "web on $port still serves: $seen" >&2; exit 1; }
    echo "port $port: $seen"
  done
  echo "Check passed: a PUT through web-1 invalidated product 1 on all three instances."
  exit 0
fi

cat <<TEXT

Try these (the JSON says which instance served it and whether it came from that instance's cache):
  curl -s http://127.0.0.1:${ports[0]}/products/1
  curl -s http://127.0.0.1:${ports[1]}/products/1
  curl -s http://127.0.0.1:${ports[2]}/products/1
  curl -s -X PUT -H 'Content-Type: application/json' -d '{"name":"Espresso cup XL","price":9.25}' \\
    http://127.0.0.1:${ports[1]}/products/1
  curl -s http://127.0.0.1:${ports[0]}/products/1     # fromCache: false, the new name
  curl -s http://127.0.0.1:${ports[2]}/health
  curl -s http://127.0.0.1:${ports[0]}/metrics
Logs: $work_dir. Press Ctrl+C to stop the farm.
TEXT
wait "${instance_pids[@]}"
