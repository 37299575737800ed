#!/usr/bin/env bash
# Rolls an environment back to an earlier release, which deploy.sh kept:
#   scripts/rollback.sh <dev|staging|production> <version> [--yes] [--skip-terraform]
#                       [--skip-smoke] [--bucket B --distribution D --url U]
# The Lambda functions go back through terraform apply with app_version=<version> (their zips
# are kept under lambda/<version>/), the web app by republishing releases/<version>/.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/common.sh
source scripts/lib/common.sh

environment=${1:-}
version=${2:-}
if ! [[ "$environment" =~ ^(dev|staging|production)$ ]] || [ -z "$version" ]; then
  die "usage: scripts/rollback.sh <dev|staging|production> <version> [options]"
fi
shift 2
assume_yes=false skip_terraform=false skip_smoke=false
bucket="" distribution="" url=""
while [ $# -gt 0 ]; do
  case "$1" in
    --yes) assume_yes=true; shift ;;
    --skip-terraform) skip_terraform=true; shift ;;
    --skip-smoke) skip_smoke=true; shift ;;
    --bucket) bucket=$2; shift 2 ;;
    --distribution) distribution=$2; shift 2 ;;
    --url) url=$2; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done

preflight "$environment" "$assume_yes" "$skip_terraform"

if ! $skip_terraform; then
  apply_release "$environment" "$version" "$assume_yes"
fi

go_live "$bucket" "$distribution" "$version" "$url" "$skip_smoke"
log "rolled $environment back to $version"
