#!/usr/bin/env bash
# Writes an environment's backend.hcl and initialises Terraform against it (the deploy workflow):
#   scripts/ci-backend.sh <dev|staging|production> <state-bucket> <region>
# The provider comes from the registry, checked against the committed lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
environment=${1:-} state_bucket=${2:-} region=${3:-}
if ! [[ "$environment" =~ ^(dev|staging|production)$ ]] || [ -z "$state_bucket" ] || [ -z "$region" ]; then
  echo "usage: scripts/ci-backend.sh <dev|staging|production> <state-bucket> <region>" >&2
  exit 1
fi
stack="terraform/environments/$environment"
cat >"$stack/backend.hcl" <<HCL
bucket       = "$state_bucket"
key          = "liminal/$environment.tfstate"
region       = "$region"
encrypt      = true
use_lockfile = true
HCL
terraform -chdir="$stack" init -input=false -lockfile=readonly -backend-config=backend.hcl
