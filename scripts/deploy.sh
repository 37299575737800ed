#!/usr/bin/env bash
# Deploys a release to an environment:
#   scripts/deploy.sh <dev|staging|production> [--version V] [--yes] [--plan FILE]
#                     [--skip-terraform] [--skip-build] [--skip-smoke] [--drain-seconds N]
#                     [--bucket B --distribution D --artifacts A --url U]
# 1. builds the web app and the Lambda zips; 2. keeps the zips under lambda/<version>/
# (immutable: the same bytes again are skipped, different bytes refused); 3. terraform apply
# with app_version=<version> (or exactly the saved --plan); 4. keeps the web build as release
# <version> with its manifest; 5. makes it live (scripts/release/releases.ts): verified, published
# assets first and index.html last, CloudFront invalidated, smoke-tested through CloudFront,
# stale files removed. If anything fails once the site or the functions changed, the previous
# release comes back (web and functions) and the script exits 1 with a one-line reason.
# --skip-terraform (with the outputs given as flags) is for emulators, where providers cannot run.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/common.sh
source scripts/lib/common.sh

environment=${1:-}
[[ "$environment" =~ ^(dev|staging|production)$ ]] || die "usage: scripts/deploy.sh <dev|staging|production> [options]"
shift
version="$(node -p "require('./package.json').version ?? '0.0.0'")-$(git rev-parse --short HEAD 2>/dev/null || echo local)"
assume_yes=false skip_terraform=false skip_build=false skip_smoke=false
bucket="" distribution="" artifacts="" url="" plan="" drain_seconds=60
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=$2; shift 2 ;;
    --yes) assume_yes=true; shift ;;
    --plan) plan=$2; shift 2 ;;
    --skip-terraform) skip_terraform=true; shift ;;
    --skip-build) skip_build=true; shift ;;
    --skip-smoke) skip_smoke=true; shift ;;
    --drain-seconds) drain_seconds=$2; shift 2 ;;
    --bucket) bucket=$2; shift 2 ;;
    --distribution) distribution=$2; shift 2 ;;
    --artifacts) artifacts=$2; shift 2 ;;
    --url) url=$2; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done
[[ "$version" =~ ^[A-Za-z0-9._-]{1,64}$ ]] || die "a version is 1-64 letters, digits, dots, underscores or hyphens: $version"
[[ "$drain_seconds" =~ ^[0-9]+$ ]] || die "--drain-seconds takes a whole number of seconds"

require_tool node "https://nodejs.org"
preflight "$environment" "$assume_yes" "$skip_terraform"
# The release steps use the AWS SDK, which reads AWS_REGION (not AWS_DEFAULT_REGION, nor every
# profile): the environment's own region unless the operator set one.
$skip_terraform || export AWS_REGION="${AWS_REGION:-$(region_of "$environment")}"
$skip_terraform || check_placeholders "$environment"
$skip_terraform || check_public_zone "$environment"
$skip_terraform || check_site_records "$environment"
$skip_terraform || check_reserved_concurrency "$environment"
$skip_terraform || warn_edge_concurrency
$skip_terraform || warn_bedrock_access "$environment" "$(region_of "$environment")"

stack="terraform/environments/$environment"
if ! $skip_terraform; then
  artifacts=${artifacts:-$(artifacts_bucket_of "$environment")}
fi
[ -n "$artifacts" ] || die "the artifacts bucket is unknown: pass --artifacts."

if ! $skip_build; then
  log "build the web app and the Lambda functions"
  npm run build --silent
  npm run build:lambda --silent
fi
web_dist=${WEB_DIST:-apps/web/dist}
[ -f "$web_dist/index.html" ] || die "no web build in $web_dist."
lambda_dist=${LAMBDA_DIST:-dist/lambda}
[ -f "$lambda_dist/api.zip" ] || die "no Lambda zips in $lambda_dist (npm run build:lambda)."

log "keep the Lambda zips of $version"
release_or_die "deploy of $version stopped before changing anything" \
  keep-lambda --artifacts "$artifacts" --version "$version" --dir "$lambda_dist"

# What is live now, to come back to if this release fails.
$skip_terraform || read_outputs "$environment"
previous=""
[ -z "$bucket" ] || previous=$(release current --bucket "$bucket" 2>/dev/null || true)
functions_changed=false
on_release_failure() {
  if $functions_changed && [ -n "$previous" ] && [ "$previous" != "$version" ]; then
    log "put the functions back to $previous"
    apply_release "$environment" "$previous" true >&2 || log "could not put the functions back to $previous"
  fi
}

if ! $skip_terraform; then
  functions_changed=true
  if ! apply_release "$environment" "$version" "$assume_yes" "$plan"; then
    on_release_failure
    die "deploy of $version failed: terraform apply failed"
  fi
fi
if [ -z "$bucket" ] || [ -z "$distribution" ]; then
  die "the web bucket and distribution are unknown: pass --bucket and --distribution."
fi

log "keep the web build as release $version"
release_or_die "deploy of $version failed" keep-web --bucket "$bucket" --version "$version" --dir "$web_dist"

smoke=()
if ! $skip_smoke; then
  [ -n "$url" ] || die "the site's URL is unknown: pass --url or --skip-smoke."
  smoke=(--url "$url")
fi
release_or_die "deploy of $version failed" go-live --bucket "$bucket" --distribution "$distribution" \
  --version "$version" --drain-seconds "$drain_seconds" "${smoke[@]}"
log "deployed $version to $environment"
