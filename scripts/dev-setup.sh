#!/usr/bin/env bash
# Sets up a machine to play or develop: Node.js is all that is required; Docker, the AWS CLI
# and Terraform are optional and unlock the container, cloud and infrastructure workflows.
#   npm run setup   (or bash scripts/dev-setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Liminal Transit: development setup"

if ! command -v node >/dev/null 2>&1; then
  echo "error: Node.js 20.11 or newer is required (https://nodejs.org)." >&2
  exit 1
fi
node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 11) ? 0 : 1)' ||
  { echo "error: Node.js 20.11 or newer is required; this is $(node --version)." >&2; exit 1; }
echo "ok       node $(node --version)"

echo "install  dependencies (npm install), which also installs the pre-commit hook"
npm install --no-audit --no-fund

if [ ! -f .env ]; then
  cp .env.example .env
  echo "created  .env from .env.example (add provider keys there to use AI narrators)"
fi

optional() {
  local tool=$1 unlocks=$2 check=${3:-}
  if command -v "$tool" >/dev/null 2>&1 && { [ -z "$check" ] || eval "$check" >/dev/null 2>&1; }; then
    echo "ok       $tool: $unlocks"
  else
    echo "optional $tool is not available: $unlocks"
  fi
}
optional docker "npm run docker:dev / docker:test / docker:prod" "docker info"
optional aws "npm run deploy:* / aws:* / logs:* (with credentials)"
optional terraform "npm run terraform:* and deploys"
optional chromium "browser tests (npm run test:e2e) and bench:lighthouse"

echo
echo "Ready. Play with: npm start    Test with: npm test"
