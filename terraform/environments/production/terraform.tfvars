# app_version: scripts/deploy.sh sets the release it kept (-var app_version=<version>-<commit>);
# a plan or apply by hand needs -var app_version=<a release under lambda/ in the artifacts bucket>.
environment              = "production"
region                   = "eu-west-1"
domain_name              = "liminal.example.com"
hosted_zone_id           = "Z0000000000000000000"
app_version              = "0.1.0"
deletion_protection      = true
force_destroy            = false
api_memory_mb            = 1024
api_reserved_concurrency = 200
api_throttle_rate        = 500
api_throttle_burst       = 1000
waf_rate_limit           = 2000
log_retention_days       = 90
# Full AI, IAM only (no keys): Claude 3 Haiku first, Titan Text Express second, then the
# built-in storyteller. Enable both in this region first: docs/aws.md says how.
bedrock_model_ids = [
  "anthropic.claude-3-haiku-20240307-v1:0",
  "amazon.titan-text-express-v1",
]
narrator_budgets = { perJourneyUsd = 0.05, perDayUsd = 100 }
alarm_subscribers = [
  { protocol = "email", endpoint = "oncall@example.com" },
]
