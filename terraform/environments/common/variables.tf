variable "environment" {
  description = "dev, staging or production."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "production"], var.environment)
    error_message = "One of dev, staging, production."
  }
}

variable "region" {
  description = "The region for the API, its data and the web bucket."
  type        = string
}

variable "domain_name" {
  description = "The site's domain name, e.g. dev.liminal.example.com."
  type        = string
}

variable "hosted_zone_id" {
  description = "The Route53 zone of the domain."
  type        = string
}

variable "app_version" {
  description = "The release to run (the artifacts under lambda/<app_version>/); rollback.sh sets an earlier one."
  type        = string
}

variable "artifacts_bucket" {
  description = "The shared artifacts bucket (terraform/shared output artifacts_bucket)."
  type        = string
}

variable "deletion_protection" {
  description = "Protect the journeys table from deletion."
  type        = bool
  default     = true
}

variable "point_in_time_recovery" {
  description = "Continuous backups of the journeys table."
  type        = bool
  default     = true
}

variable "force_destroy" {
  description = "Let Terraform delete buckets that still hold objects (dev only)."
  type        = bool
  default     = false
}

variable "api_memory_mb" {
  description = "Memory of the API function."
  type        = number
  default     = 512
}

variable "api_reserved_concurrency" {
  description = "Concurrency cap of the API function; -1 for none."
  type        = number
  default     = -1
}

variable "api_throttle_rate" {
  description = "API Gateway steady-state requests per second."
  type        = number
  default     = 200
}

variable "api_throttle_burst" {
  description = "API Gateway burst."
  type        = number
  default     = 400
}

variable "waf_rate_limit" {
  description = "Requests per IP per 5 minutes before the WAF blocks."
  type        = number
  default     = 2000
}

variable "bedrock_model_ids" {
  description = "Bedrock models the narrators may invoke."
  type        = list(string)
  default     = ["anthropic.claude-3-haiku-20240307-v1:0"]
}

variable "narrator_config" {
  description = "The narrator configuration document (JSON) for SSM."
  type        = string
  default     = "{\"providers\":[]}"
}

variable "alarm_email" {
  description = "Who receives alarms; null for nobody."
  type        = string
  default     = null
}

variable "log_retention_days" {
  description = "How long logs are kept."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Extra tags for every resource."
  type        = map(string)
  default     = {}
}
