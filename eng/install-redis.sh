#!/usr/bin/env bash
# Makes sure redis-server is on PATH, installing Debian's package when it is missing and we may.
# Skipped entirely when EVENTSYSTEM_REDIS names a Redis to use instead.
set -euo pipefail

if [[ -n "${EVENTSYSTEM_REDIS:-}" ]] || command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "redis-server is not installed and apt-get is not available." >&2
  echo "Install Redis 7 (redis-server on PATH), or set EVENTSYSTEM_REDIS to a connection string." >&2
  exit 1
fi

sudo=""
if [[ "$(id -u)" != "0" ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "redis-server is missing and installing it needs root: run 'apt-get install -y redis-server' as root," >&2
    echo "or set EVENTSYSTEM_REDIS to a connection string." >&2
    exit 1
  fi
fi

echo "Installing redis-server with apt-get (about 20 s)..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq redis-server >/dev/null
# Debian's package may start a system-wide server; ours start their own private ones, so leave it be.
command -v redis-server >/dev/null
