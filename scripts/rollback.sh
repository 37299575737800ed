#!/usr/bin/env bash
# Rolls an environment back to an earlier release, which deploy.sh kept:
#   scripts/rollback.sh <dev|staging|production> <version> [--yes] [--skip-terraform]
#                       [--skip-smoke] [--drain-seconds N] [--bucket B --distribution D --url U]
#                       [--artifacts A]
# The kept release is verified first (every web file against its manifest, and the Lambda zips
# when the functions go back too or --artifacts is given), so a rollback to a release that is not
# whole changes nothing. Then the functions go back through terraform apply
# with app_version=<version> (their zips are kept under lambda/<version>/), and the web release
# goes live the way a deploy does: exactly its files, stale ones removed, smoke-tested.
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
bucket="" distribution="" url="" artifacts="" drain_seconds=60
while [ $# -gt 0 ]; do
  case "$1" in
    --yes) assume_yes=true; shift ;;
    --skip-terraform) skip_terraform=true; shift ;;
    --skip-smoke) skip_smoke=true; shift ;;
    --drain-seconds) drain_seconds=$2; shift 2 ;;
    --bucket) bucket=$2; shift 2 ;;
    --distribution) distribution=$2; shift 2 ;;
    --url) url=$2; shift 2 ;;
    --artifacts) artifacts=$2; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done
[[ "$drain_seconds" =~ ^[0-9]+$ ]] || die "--drain-seconds takes a whole number of seconds"

require_tool node "https://nodejs.org"
preflight "$environment" "$assume_yes" "$skip_terraform"
# The release steps use the AWS SDK, which reads AWS_REGION (not AWS_DEFAULT_REGION, nor every
# profile): the environment's own region unless the operator set one.
$skip_terraform || export AWS_REGION="${AWS_REGION:-$(region_of "$environment")}"

$skip_terraform || read_outputs "$environment"
if [ -z "$bucket" ] || [ -z "$distribution" ]; then
  die "the web bucket and distribution are unknown: pass --bucket and --distribution."
fi
if ! $skip_terraform; then
  stack="terraform/environments/$environment"
  artifacts=${artifacts:-$(artifacts_bucket_of "$environment")}
  [ -n "$artifacts" ] || die "the artifacts bucket is unknown: pass --artifacts."
fi
zips=()
[ -z "$artifacts" ] || zips=(--artifacts "$artifacts")
release_or_die "rollback to $version refused; nothing changed" \
  verify --bucket "$bucket" --version "$version" "${zips[@]}"

$skip_terraform || apply_release "$environment" "$version" "$assume_yes"

smoke=()
if ! $skip_smoke; then
  [ -n "$url" ] || die "the site's URL is unknown: pass --url or --skip-smoke."
  smoke=(--url "$url")
fi
release_or_die "rollback to $version failed" go-live --bucket "$bucket" --distribution "$distribution" \
  --version "$version" --drain-seconds "$drain_seconds" "${smoke[@]}"
log "rolled $environment back to $version"
