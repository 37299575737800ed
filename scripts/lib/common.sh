#!/usr/bin/env bash
# Shared helpers for deploy.sh and rollback.sh: clear errors for missing tools and credentials,
# the AWS CLI pointed at AWS_ENDPOINT_URL when set (a local emulator), and web uploads in the
# safe order.

die() {
  echo "error: $*" >&2
  exit 1
}

log() {
  echo "[$(date -u +%H:%M:%S)] $*"
}

require_tool() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is required but not installed ($2)."
}

# The AWS CLI, against AWS_ENDPOINT_URL when it is set.
awscli() {
  if [ -n "${AWS_ENDPOINT_URL:-}" ]; then
    aws --endpoint-url "$AWS_ENDPOINT_URL" "$@"
  else
    aws "$@"
  fi
}

require_credentials() {
  awscli sts get-caller-identity >/dev/null 2>&1 ||
    die "no usable AWS credentials: run 'aws configure' or 'aws sso login', or set AWS_PROFILE."
}

# Refuse production unless confirmed with --yes or by typing the environment's name.
confirm_production() {
  local environment=$1 assume_yes=$2
  [ "$environment" = "production" ] || return 0
  [ "$assume_yes" = "true" ] && return 0
  if [ ! -t 0 ]; then
    die "refusing to change production without confirmation: pass --yes."
  fi
  local answer
  read -r -p "This changes PRODUCTION. Type 'production' to continue: " answer
  [ "$answer" = "production" ] || die "not confirmed; nothing changed."
}

# Copies a release's web files from s3://bucket/releases/VERSION/ to the bucket's root:
# fingerprinted assets first (immutable, cached for a year), other files next, index.html last
# (no-cache), so no reader ever gets an index.html that points at assets not yet uploaded.
publish_release() {
  local bucket=$1 version=$2
  local source="s3://$bucket/releases/$version"
  awscli s3 ls "$source/index.html" >/dev/null 2>&1 || die "release $version is not in s3://$bucket/releases/."
  log "publish assets/ (immutable)"
  awscli s3 cp "$source/assets/" "s3://$bucket/assets/" --recursive --only-show-errors \
    --metadata-directive REPLACE --cache-control "public, max-age=31536000, immutable"
  log "publish other files (revalidated)"
  awscli s3 cp "$source/" "s3://$bucket/" --recursive --only-show-errors \
    --exclude "assets/*" --exclude "index.html" \
    --metadata-directive REPLACE --cache-control "no-cache"
  log "publish index.html (no-cache, last)"
  awscli s3 cp "$source/index.html" "s3://$bucket/index.html" --only-show-errors \
    --metadata-directive REPLACE --cache-control "no-cache" --content-type "text/html; charset=utf-8"
  printf '%s\n' "$version" | awscli s3 cp - "s3://$bucket/releases/CURRENT" --only-show-errors
}

invalidate() {
  local distribution=$1
  log "invalidate CloudFront distribution $distribution"
  awscli cloudfront create-invalidation --distribution-id "$distribution" --paths "/*" >/dev/null
}

smoke_test() {
  local url=$1
  log "smoke test $url/api/health"
  local attempt
  for attempt in 1 2 3 4 5; do
    if curl -fsS --max-time 10 "$url/api/health" >/dev/null; then
      log "healthy"
      return 0
    fi
    sleep $((attempt * 3))
  done
  die "smoke test failed: $url/api/health did not answer 200."
}

terraform_output() {
  local directory=$1 name=$2
  terraform -chdir="$directory" output -raw "$name"
}

# The checks both scripts make before changing anything: tools, credentials, confirmation.
preflight() {
  local environment=$1 assume_yes=$2 skip_terraform=$3
  require_tool aws "apt-get install awscli, or the AWS CLI installer"
  require_tool curl "apt-get install curl"
  $skip_terraform || require_tool terraform "https://developer.hashicorp.com/terraform/install"
  require_credentials
  confirm_production "$environment" "$assume_yes"
}

# terraform apply with app_version=VERSION, then the outputs the web release needs, into the
# caller's bucket, distribution and url. dev and staging apply without a prompt, as the seed
# did; production only once confirmed.
apply_release() {
  local environment=$1 version=$2 assume_yes=$3
  local stack="terraform/environments/$environment"
  local approve=()
  if [ "$environment" != "production" ] || $assume_yes; then approve=(-auto-approve); fi
  log "terraform apply ($environment, app_version=$version)"
  terraform -chdir="$stack" apply -input=false "${approve[@]}" -var "app_version=$version"
  bucket=$(terraform_output "$stack" s3_bucket_name)
  distribution=$(terraform_output "$stack" cloudfront_distribution_id)
  url="https://$(terraform_output "$stack" domain_name)"
}

# Publishes a kept release, invalidates the cache and, unless skipped, checks health.
go_live() {
  local bucket=$1 distribution=$2 version=$3 url=$4 skip_smoke=$5
  if [ -z "$bucket" ] || [ -z "$distribution" ]; then
    die "the web bucket and distribution are unknown: pass --bucket and --distribution."
  fi
  publish_release "$bucket" "$version"
  invalidate "$distribution"
  if ! $skip_smoke; then
    [ -n "$url" ] || die "the site's URL is unknown: pass --url or --skip-smoke."
    smoke_test "$url"
  fi
}
