# app_version: scripts/deploy.sh sets the release it kept (-var app_version=<version>-<commit>);
# a plan or apply by hand needs -var app_version=<a release under lambda/ in the artifacts bucket>.
environment         = "dev"
region              = "eu-west-1"
domain_name         = "dev.liminal.example.com"
hosted_zone_id      = "Z0000000000000000000"
app_version         = "0.1.0"
deletion_protection = false
force_destroy       = true
api_memory_mb       = 256
# A small ceiling: dev is for one team, and a runaway loop should not cost more than this.
api_reserved_concurrency = 5
api_throttle_rate        = 20
api_throttle_burst       = 40
api_execution_log_level  = "INFO"
waf_rate_limit           = 500
log_retention_days       = 7
# dev narrates with the built-in storyteller only (no model access needed), and nobody is paged.
bedrock_model_ids = []
alarms_unwatched  = true
