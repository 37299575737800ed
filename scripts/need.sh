#!/usr/bin/env bash
# Runs a command only if the tool it needs is there, and otherwise says which tool is missing
# and where to get it, instead of failing obscurely:
#   scripts/need.sh <tool> "<how to get it>" -- <command...>
# The tool "docker-engine" means a running Docker daemon, not just the client.
set -euo pipefail
tool=$1 hint=$2
shift 2
[ "${1:-}" = "--" ] && shift
if [ "$tool" = "docker-engine" ]; then
  if ! command -v docker >/dev/null 2>&1 || ! docker info >/dev/null 2>&1; then
    echo "This needs a running Docker engine ($hint)." >&2
    exit 1
  fi
elif ! command -v "$tool" >/dev/null 2>&1; then
  echo "This needs $tool, which is not installed ($hint)." >&2
  exit 1
fi
exec "$@"
