#!/usr/bin/env bash
# Creates the S3 bucket Terraform keeps its state in, once per account, before the first
# `terraform init`, and writes every stack's backend.hcl to use it. Idempotent: an existing
# bucket of this account is kept (and made versioned, encrypted and private, as below).
#   scripts/bootstrap-state.sh <region> [bucket]   (default bucket: liminal-tfstate-<account id>)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

region=${1:-}
[ -n "$region" ] || die "usage: scripts/bootstrap-state.sh <region> [bucket]"
require_tool aws "apt-get install awscli, or the AWS CLI installer"
require_credentials
account=$(awscli sts get-caller-identity --query Account --output text)
bucket=${2:-liminal-tfstate-$account}

if awscli s3api head-bucket --bucket "$bucket" --expected-bucket-owner "$account" 2>/dev/null; then
  log "state bucket $bucket exists"
else
  log "create the state bucket $bucket in $region"
  if [ "$region" = "us-east-1" ]; then
    # us-east-1 is the one region that refuses a location constraint naming itself.
    awscli s3api create-bucket --bucket "$bucket" --region "$region" >/dev/null
  else
    awscli s3api create-bucket --bucket "$bucket" --region "$region" \
      --create-bucket-configuration "LocationConstraint=$region" >/dev/null
  fi
fi
# Versioned (a state file can be brought back), encrypted, and closed to the public.
awscli s3api put-bucket-versioning --bucket "$bucket" --versioning-configuration Status=Enabled
awscli s3api put-bucket-encryption --bucket "$bucket" --server-side-encryption-configuration \
  '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"},"BucketKeyEnabled":true}]}'
awscli s3api put-public-access-block --bucket "$bucket" --public-access-block-configuration \
  BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

# State only over TLS, as every other bucket here.
awscli s3api put-bucket-policy --bucket "$bucket" --policy "$(
  cat <<JSON
{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::$bucket","arn:aws:s3:::$bucket/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}
JSON
)"

for stack in shared environments/dev environments/staging environments/production; do
  name=${stack#environments/}
  file="terraform/$stack/backend.hcl"
  wanted=$(
    cat <<HCL
bucket       = "$bucket"
key          = "liminal/$name.tfstate"
region       = "$region"
encrypt      = true
use_lockfile = true
HCL
  )
  # A stack already pointed at other state is left as it is: repointing it would start it empty.
  if [ -f "$file" ] && [ "$(cat "$file")" != "$wanted" ]; then
    log "kept $file, which names other state; remove it to point it at $bucket"
    continue
  fi
  echo "$wanted" >"$file"
done
log "state in $bucket; next: terraform -chdir=terraform/shared init -backend-config=backend.hcl"
