# app_version: scripts/deploy.sh sets the release it kept (-var app_version=<version>-<commit>);
# a plan or apply by hand needs -var app_version=<a release under lambda/ in the artifacts bucket>.
environment              = "staging"
region                   = "eu-west-1"
domain_name              = "staging.liminal.example.com"
hosted_zone_id           = "Z0000000000000000000"
app_version              = "0.1.0"
api_memory_mb            = 512
api_reserved_concurrency = 20
api_throttle_rate        = 100
api_throttle_burst       = 200
waf_rate_limit           = 1000
log_retention_days       = 14
# Real AI, IAM only (no keys): Claude 3 Haiku first, Titan Text Express second, then the
# built-in storyteller. Enable both in this region first: docs/aws.md says how.
bedrock_model_ids = [
  "anthropic.claude-3-haiku-20240307-v1:0",
  "amazon.titan-text-express-v1",
]
narrator_budgets  = { perJourneyUsd = 0.05, perDayUsd = 5 }
alarm_subscribers = [{ protocol = "email", endpoint = "staging-alerts@example.com" }]
