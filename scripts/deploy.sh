#!/usr/bin/env bash
# Deploys a release to an environment:
#   scripts/deploy.sh <dev|staging|production> [--version V] [--yes] [--skip-terraform]
#                     [--skip-build] [--skip-smoke] [--bucket B --distribution D --artifacts A --url U]
# 1. builds the web app and the Lambda zips; 2. uploads the zips to lambda/<version>/ in the
# artifacts buckets and the web build to releases/<version>/ in the web bucket (both kept, so a
# rollback is real); 3. terraform apply with app_version=<version>; 4. publishes the release
# (assets first, index.html last); 5. invalidates CloudFront; 6. smoke-tests /api/health.
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
bucket="" distribution="" artifacts="" url=""
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=$2; shift 2 ;;
    --yes) assume_yes=true; shift ;;
    --skip-terraform) skip_terraform=true; shift ;;
    --skip-build) skip_build=true; shift ;;
    --skip-smoke) skip_smoke=true; shift ;;
    --bucket) bucket=$2; shift 2 ;;
    --distribution) distribution=$2; shift 2 ;;
    --artifacts) artifacts=$2; shift 2 ;;
    --url) url=$2; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done
[[ "$version" =~ ^[A-Za-z0-9._-]{1,64}$ ]] || die "a version is 1-64 letters, digits, dots, underscores or hyphens: $version"

require_tool node "https://nodejs.org"
preflight "$environment" "$assume_yes" "$skip_terraform"

stack="terraform/environments/$environment"
if ! $skip_terraform; then
  artifacts=${artifacts:-$(grep -E '^artifacts_bucket' "$stack/terraform.tfvars" | sed -E 's/.*= *"(.*)"/\1/')}
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
[ -f "$lambda_dist/ai-handler.zip" ] || die "no Lambda zips in $lambda_dist (npm run build:lambda)."

log "upload Lambda zips for $version"
awscli s3 cp "$lambda_dist/ai-handler.zip" "s3://$artifacts/lambda/$version/ai-handler.zip" --only-show-errors
for edge in edge-router ai-router; do
  awscli s3 cp "$lambda_dist/$edge.zip" "s3://$artifacts-us-east-1/lambda/$version/$edge.zip" --only-show-errors
done

if ! $skip_terraform; then
  apply_release "$environment" "$version" "$assume_yes"
fi

if [ -z "$bucket" ] || [ -z "$distribution" ]; then
  die "the web bucket and distribution are unknown: pass --bucket and --distribution."
fi
log "keep the web build as release $version"
awscli s3 cp "$web_dist/" "s3://$bucket/releases/$version/" --recursive --only-show-errors
go_live "$bucket" "$distribution" "$version" "$url" "$skip_smoke"
log "deployed $version to $environment"
