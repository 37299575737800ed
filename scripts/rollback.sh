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

require_tool aws "apt-get install awscli, or the AWS CLI installer"
require_tool curl "apt-get install curl"
$skip_terraform || require_tool terraform "https://developer.hashicorp.com/terraform/install"
require_credentials
confirm_production "$environment" "$assume_yes"
# dev and staging apply without a prompt, as the seed did; production only once confirmed.
approve=()
if [ "$environment" != "production" ] || $assume_yes; then approve=(-auto-approve); fi

stack="terraform/environments/$environment"
if ! $skip_terraform; then
  log "terraform apply ($environment, app_version=$version)"
  terraform -chdir="$stack" apply -input=false "${approve[@]}" -var "app_version=$version"
  bucket=$(terraform_output "$stack" s3_bucket_name)
  distribution=$(terraform_output "$stack" cloudfront_distribution_id)
  url="https://$(terraform_output "$stack" domain_name)"
fi
if [ -z "$bucket" ] || [ -z "$distribution" ]; then
  die "the web bucket and distribution are unknown: pass --bucket and --distribution."
fi

publish_release "$bucket" "$version"
invalidate "$distribution"
if ! $skip_smoke; then
  [ -n "$url" ] || die "the site's URL is unknown: pass --url or --skip-smoke."
  smoke_test "$url"
fi
log "rolled $environment back to $version"
