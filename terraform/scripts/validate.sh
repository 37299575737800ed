#!/usr/bin/env bash
# Checks the Terraform: formatting always; init (without a backend) and validate for every
# environment when the providers can be downloaded (CI); then the offline infrastructure tests.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v terraform >/dev/null 2>&1 || { echo "error: terraform is required (https://developer.hashicorp.com/terraform/install)." >&2; exit 1; }

echo "terraform fmt -check"
terraform fmt -check -recursive .

if [ "${SKIP_TERRAFORM_INIT:-false}" != "true" ]; then
  for stack in shared environments/dev environments/staging environments/production; do
    echo "terraform validate: $stack"
    terraform -chdir="$stack" init -backend=false -input=false >/dev/null
    terraform -chdir="$stack" validate
  done
fi

echo "infrastructure tests"
cd .. && npx vitest run terraform/tests
