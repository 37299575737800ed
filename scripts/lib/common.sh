#!/usr/bin/env bash
# Shared helpers for deploy.sh and rollback.sh: clear errors for missing tools and credentials,
# the AWS CLI pointed at AWS_ENDPOINT_URL when set (a local emulator), confirmation for
# production, Terraform's apply of a release, and the release steps (scripts/release/).

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

# The bucket an environment's release artifacts are kept in: the tfvars' artifacts_bucket where
# it names one, otherwise the one terraform/shared creates, liminal-artifacts-<account id>.
artifacts_bucket_of() {
  local tfvars="terraform/environments/$1/terraform.tfvars" named account
  named=$(grep -E '^artifacts_bucket' "$tfvars" | sed -E 's/.*= *"(.*)"/\1/' || true)
  if [ -n "$named" ]; then
    echo "$named"
    return
  fi
  account=$(awscli sts get-caller-identity --query Account --output text) ||
    die "the artifacts bucket is named by the account, and no usable AWS credentials say which: pass --artifacts, or sign in."
  [[ "$account" =~ ^[0-9]{12}$ ]] || die "the AWS account id read was not one: $account"
  echo "liminal-artifacts-$account"
}

# A quoted string a tfvars file sets (NAME = "value"), or nothing.
tfvar() {
  local name=$1 tfvars=$2
  grep -E "^$name *=" "$tfvars" | sed -E 's/[^=]*= *"([^"]*)".*/\1/' || true
}

# The region an environment's tfvars name; dies when they name none.
region_of() {
  local tfvars="terraform/environments/$1/terraform.tfvars" region
  region=$(tfvar region "$tfvars")
  [ -n "$region" ] || die "$tfvars names no region."
  echo "$region"
}

# Stop before anything changes when the account cannot give the API the concurrency its tfvars
# reserve, in the environment's own region (the quota is per region): Lambda keeps the smaller of
# the account limit and 100 unreserved, and a reservation past what is left fails the apply
# half-way, the function left tainted. What other functions and environments reserve is already
# out of the unreserved pool; the API's own reservation, on a redeploy, is counted back in.
check_reserved_concurrency() {
  local environment=$1 tfvars="terraform/environments/$1/terraform.tfvars"
  local reserved region settings limit unreserved current floor available
  reserved=$(grep -E '^api_reserved_concurrency *= *[0-9]+' "$tfvars" | sed -E 's/[^=]*= *([0-9]+).*/\1/' || true)
  [ -n "$reserved" ] || return 0
  region=$(region_of "$environment")
  settings=$(awscli lambda get-account-settings --region "$region" \
    --query '[AccountLimit.ConcurrentExecutions, AccountLimit.UnreservedConcurrentExecutions]' \
    --output text 2>/dev/null) || return 0
  read -r limit unreserved <<<"$settings"
  [[ "$limit" =~ ^[0-9]+$ && "$unreserved" =~ ^[0-9]+$ ]] || return 0
  current=$(awscli lambda get-function-concurrency --region "$region" \
    --function-name "liminal-$environment-api" --query ReservedConcurrentExecutions \
    --output text 2>/dev/null || true)
  [[ "$current" =~ ^[0-9]+$ ]] || current=0
  floor=$((limit < 100 ? limit : 100))
  available=$((unreserved + current - floor))
  if [ "$reserved" -gt "$available" ]; then
    die "$environment reserves $reserved concurrent executions for the API, but in $region this account can reserve only $((available > 0 ? available : 0)) more: its Lambda limit there is $limit, $((unreserved + current)) of it unreserved (other functions' and environments' reservations count), and $floor must stay unreserved. Ask AWS for a higher 'Concurrent executions' quota in $region (Service Quotas, AWS Lambda; new accounts start at 10), or deploy without a reservation for now by removing api_reserved_concurrency from $tfvars."
  fi
}

# Stop before anything changes when the environment's tfvars still hold the committed
# placeholders: the apply would fail on the hosted zone only after creating the certificate and
# the firewall, or wait half an hour for a certificate that cannot be validated, and alarms would
# go to nobody.
check_placeholders() {
  local environment=$1 tfvars=${2:-terraform/environments/$1/terraform.tfvars} found
  [ -f "$tfvars" ] || die "$environment has no $tfvars."
  # Whole example.com names only: myexample.com or example.com.au are real domains.
  found=$(grep -vE '^[[:space:]]*#' "$tfvars" | grep -oE 'Z0000000000000000000|"([A-Za-z0-9._%+-]+@)?([A-Za-z0-9-]+\.)*example\.com"' | tr -d '"' | LC_ALL=C sort -u | tr '\n' ' ' || true)
  [ -z "$found" ] ||
    die "$tfvars still has the committed placeholders ($found): set domain_name and hosted_zone_id to the real domain and its Route 53 zone, and alarm_subscribers to addresses someone reads (docs/aws.md, first deploy, step 4)."
}

# Stop before anything changes when the tfvars' hosted zone is private, or public DNS does not
# reach it (the registrar delegates the domain elsewhere, or not yet): ACM validates the site's
# certificate through public DNS, and the first apply would wait out the validation's timeout.
check_public_zone() {
  local tfvars=${2:-terraform/environments/$1/terraform.tfvars} zone found private name servers
  zone=$(tfvar hosted_zone_id "$tfvars")
  [ -n "$zone" ] || die "$tfvars names no hosted_zone_id."
  # A private zone has no delegation set: its name servers are then none (`[]`, a JSON literal).
  found=$(awscli route53 get-hosted-zone --id "$zone" --output text \
    --query "[HostedZone.Config.PrivateZone, HostedZone.Name, join(',', DelegationSet.NameServers || \`[]\`)]") ||
    die "cannot read the hosted zone $zone: check hosted_zone_id in $tfvars and the credentials' Route 53 access."
  IFS=$'\t' read -r private name servers <<<"$found"
  [ "$private" != "True" ] ||
    die "the hosted zone $zone is private: the site's certificate is validated through public DNS; set hosted_zone_id to the domain's public zone (docs/aws.md, first deploy, step 1)."
  check_delegation "$zone" "${name%.}" "$servers"
}

# Stop before anything changes when the site's name already has an A or AAAA record this
# environment's state does not hold (an older site on the name): Route 53 refuses to create the
# records, and the apply fails at its very end, after the distribution's quarter of an hour.
check_site_records() {
  local environment=$1 tfvars=${2:-terraform/environments/$1/terraform.tfvars} state zone domain found
  # A redeploy holds them already; a first deploy has no state yet ("No state file was found!");
  # any other state that cannot be read is the apply's to report.
  if ! state=$(terraform -chdir="terraform/environments/$environment" state list 2>&1); then
    [[ "$state" == *"No state file was found"* ]] || return 0
    state=""
  fi
  ! grep -q '^module\.networking\.aws_route53_record\.site' <<<"$state" || return 0
  zone=$(tfvar hosted_zone_id "$tfvars")
  domain=$(tfvar domain_name "$tfvars")
  [ -n "$zone" ] && [ -n "$domain" ] || return 0
  if ! found=$(awscli route53 list-resource-record-sets --hosted-zone-id "$zone" \
    --start-record-name "$domain" --max-items 4 --output text \
    --query "ResourceRecordSets[?Name=='$domain.' && (Type=='A' || Type=='AAAA')].Type" 2>/dev/null); then
    log "cannot list the records of the zone $zone: not checking that $domain is free"
    return 0
  fi
  [ -z "${found//[[:space:]]/}" ] ||
    die "the zone $zone already has $(tr -s '[:space:]' ' ' <<<"$found")records for $domain, which this environment does not manage: the apply would fail at its end. Delete them (an older site?), or take them over first: terraform -chdir=terraform/environments/$environment import 'module.networking.aws_route53_record.site[\"A\"]' ${zone}_${domain}_A (and the same for AAAA)."
}

# The name servers public DNS gives for the zone's name must be the zone's own. Needs dig
# (dnsutils); without it the check is skipped with a note, not failed.
check_delegation() {
  local zone=$1 name=$2 servers=$3 wanted reply status answered
  if ! command -v dig >/dev/null 2>&1; then
    log "dig is not installed (apt-get install dnsutils): not checking that public DNS delegates $name to the zone $zone"
    return 0
  fi
  wanted=$(tr ',' '\n' <<<"$servers" | name_servers)
  # One question: the status and the answer together. NOERROR (the name servers) or NXDOMAIN
  # (none: not delegated) is an answer; a resolver that does not answer (dig exits 9), or fails
  # (a network that blocks DNS, SERVFAIL), is a note, not a refusal.
  reply=$(dig +noall +comments +answer NS "$name" 2>/dev/null || true)
  status=$(grep -oE 'status: [A-Z]+' <<<"$reply" | head -1 || true)
  if [ "$status" != "status: NOERROR" ] && [ "$status" != "status: NXDOMAIN" ]; then
    log "public DNS did not answer for $name: not checking that it delegates to the zone $zone"
    return 0
  fi
  # The NS records' servers only: no comment, and no ";; communications error" line.
  answered=$(awk '$4 == "NS" { print $5 }' <<<"$reply" | name_servers)
  [ "$answered" = "$wanted" ] ||
    die "public DNS does not delegate $name to the hosted zone $zone (it answers: ${answered:-no name servers}; the zone's are: $wanted): set the domain's name servers at its registrar, or in the parent zone, to the zone's, and wait for them to be answered, or the certificate's validation times out after 30 minutes (docs/aws.md, first deploy, step 1)."
}

# Name servers, one per line, as one comparable line: lower case, no root dot, sorted.
name_servers() {
  sed -E 's/\.$//' | tr '[:upper:]' '[:lower:]' | { grep -v '^$' || true; } | LC_ALL=C sort -u | tr '\n' ' '
}

# Lambda@Edge runs in the edge regions near readers, each with its own concurrency limit: warn
# (it does not fail the apply) while us-east-1's is still a new account's.
warn_edge_concurrency() {
  local limit
  limit=$(awscli lambda get-account-settings --region us-east-1 \
    --query 'AccountLimit.ConcurrentExecutions' --output text 2>/dev/null || true)
  [[ "$limit" =~ ^[0-9]+$ ]] || return 0
  [ "$limit" -ge 1000 ] ||
    log "warning: the Lambda concurrency limit in us-east-1 is $limit: the Lambda@Edge functions on every /api/ request count against it and the other edge regions' limits, and CloudFront answers 503 when they are throttled; raise it before real traffic (docs/aws.md, first deploy, step 1)."
}

# The Bedrock models an environment's tfvars narrate with, one per line (bedrock_model_ids).
bedrock_models_of() {
  local tfvars="terraform/environments/$1/terraform.tfvars"
  awk '/^bedrock_model_ids *=/ { on = 1 } on { print } on && /\]/ { exit }' "$tfvars" |
    { grep -oE '"[^"]+"' || true; } | tr -d '"'
}

# Each Bedrock model an environment narrates with must be one the account may invoke in its
# region: the apply grants IAM only and succeeds either way, and a model the account cannot invoke
# then fails every call (the chain moves on, down to the built-in storyteller). Warns, does not
# fail; a cross-region inference profile ("eu.anthropic...") is asked about as its model.
warn_bedrock_access() {
  local environment=$1 region=$2 model id reply
  while read -r model; do
    id=$model
    [[ "$model" =~ ^(us|eu|apac|us-gov|global)\.(.+)$ ]] && id=${BASH_REMATCH[2]}
    if ! reply=$(awscli bedrock get-foundation-model-availability --region "$region" --model-id "$id" \
      --query '[authorizationStatus, entitlementAvailability, regionAvailability, agreementAvailability.status]' \
      --output text 2>/dev/null); then
      log "could not ask Bedrock whether this account may invoke $model in $region (an AWS CLI without get-foundation-model-availability, or no permission): docs/aws.md, narrators, says how to check by hand."
      continue
    fi
    if grep -qwE 'NOT_AUTHORIZED|NOT_AVAILABLE|PENDING|ERROR' <<<"$reply"; then
      log "warning: Bedrock says this account may not yet invoke $model in $region ($(tr -s '[:space:]' ' ' <<<"$reply" | sed 's/ $//')): every call to it will fail and the narrators move on to the next; enable it before real traffic (docs/aws.md, narrators)."
    fi
  done < <(bedrock_models_of "$environment")
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

# The release steps (scripts/release/cli.ts): keeping builds, going live, the smoke test.
release() {
  node --import tsx scripts/release/cli.ts "$@"
}

terraform_output() {
  local directory=$1 name=$2
  terraform -chdir="$directory" output -raw "$name"
}

# The checks both scripts make before changing anything: tools, credentials, confirmation.
preflight() {
  local environment=$1 assume_yes=$2 skip_terraform=$3
  require_tool aws "apt-get install awscli, or the AWS CLI installer"
  $skip_terraform || require_tool terraform "https://developer.hashicorp.com/terraform/install"
  require_credentials
  confirm_production "$environment" "$assume_yes"
}

# terraform apply with app_version=VERSION (or exactly the saved PLAN, when one is given), then
# the outputs the web release needs, into the caller's bucket, distribution and url. dev and
# staging apply without a prompt, as the seed did; production only once confirmed. Returns 1 when
# the apply fails: callers run it as `if ! apply_release ...`, where bash ignores `set -e` inside
# the function, and a failed apply would otherwise go on to the outputs it left half-made.
apply_release() {
  local environment=$1 version=$2 assume_yes=$3 plan=${4:-}
  local stack="terraform/environments/$environment"
  if [ -n "$plan" ]; then
    log "terraform apply of the saved plan $plan ($environment, app_version=$version)"
    terraform -chdir="$stack" apply -input=false "$(realpath "$plan")" || return 1
  else
    local approve=()
    if [ "$environment" != "production" ] || $assume_yes; then approve=(-auto-approve); fi
    log "terraform apply ($environment, app_version=$version)"
    terraform -chdir="$stack" apply -input=false "${approve[@]}" -var "app_version=$version" ||
      return 1
  fi
  read_outputs "$environment"
}

# The web bucket, distribution and site URL from the environment's state, into the caller's
# bucket, distribution and url (left as they are where the state has none yet).
read_outputs() {
  local stack="terraform/environments/$1"
  bucket=$(terraform_output "$stack" s3_bucket_name 2>/dev/null || echo "${bucket:-}")
  distribution=$(terraform_output "$stack" cloudfront_distribution_id 2>/dev/null || echo "${distribution:-}")
  local domain
  domain=$(terraform_output "$stack" domain_name 2>/dev/null || true)
  # shellcheck disable=SC2034 # bucket, distribution and url are the caller's
  [ -z "$domain" ] || url="https://$domain"
}

# Runs a release step; on failure, dies with its one-line reason after `context`.
release_or_die() {
  local context=$1
  shift
  local errors
  errors=$(mktemp)
  if release "$@" 2>"$errors"; then
    rm -f "$errors"
    return 0
  fi
  local reason
  reason=$(sed -e 's/^error: //' "$errors" | tail -n 1)
  rm -f "$errors"
  on_release_failure
  die "$context: ${reason:-the release step failed}"
}

# What a script undoes when a release step fails (deploy.sh puts the functions back).
on_release_failure() { :; }
