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
  description = "The shared artifacts bucket (terraform/shared output artifacts_bucket); by default the one terraform/shared names for this account, liminal-artifacts-<account id>."
  type        = string
  default     = null
}

variable "deletion_protection" {
  description = "Protect the journeys table from deletion."
  type        = bool
  default     = true
}

variable "force_destroy" {
  description = "A throwaway environment (dev only): Terraform may delete buckets that still hold objects, and secrets are deleted at once rather than kept 30 days for recovery."
  type        = bool
  default     = false
}

variable "api_memory_mb" {
  description = "Memory of the API function."
  type        = number
  default     = 512
}

variable "api_reserved_concurrency" {
  description = "Concurrency reserved for and capping the API function (a ceiling on spend). null reserves none: for an account whose Lambda limit is still a new account's 10, until the quota is raised (deploy.sh checks before it applies)."
  type        = number
  default     = null
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
  description = "Bedrock models that narrate, in order (IAM grants exactly these); empty for none."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.bedrock_model_ids : can(regex("^[a-z0-9-]+\\.[A-Za-z0-9._:-]+$", id))])
    error_message = "A Bedrock model id looks like anthropic.claude-3-haiku-20240307-v1:0."
  }
}

variable "sagemaker_endpoint" {
  description = "A SageMaker endpoint that narrates after the Bedrock models ({ name, model }), or null."
  type = object({
    name  = string
    model = string
  })
  default = null
}

variable "comprehend_moderation" {
  description = "Moderate AI beats and readers' seeds with Amazon Comprehend as well as the local moderator. Off by default: with a remote moderator an AI beat is shown only once whole and checked, so the beat-reveal experiment's streamed arm streams nothing (and each beat waits on Comprehend)."
  type        = bool
  default     = false
}

variable "amazon_translate" {
  description = "Offer stories in Spanish, French, German and Japanese, the built-in storyteller's beats translated by Amazon Translate (each sentence once, then from the journeys table's cache). Off, the language menu offers English alone unless an AI narrator is configured."
  type        = bool
  default     = true
}

variable "keyed_narrators" {
  description = "Providers whose keys are in the provider-keys secret, tried after the IAM ones: openai, anthropic."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for type in var.keyed_narrators : contains(["openai", "anthropic"], type)])
    error_message = "Keyed narrators are openai or anthropic."
  }
}

variable "narrator_budgets" {
  description = "Spend caps in USD ({ perJourneyUsd, perDayUsd }), or null for none."
  type = object({
    perJourneyUsd = optional(number)
    perDayUsd     = optional(number)
  })
  default = null
}

variable "alarm_subscribers" {
  description = "Who receives alarms: a list of { protocol = \"email\" or \"https\", endpoint }."
  type = list(object({
    protocol = string
    endpoint = string
  }))
  default = []
}

variable "alarms_unwatched" {
  description = "The explicit opt-out from alarm subscribers, allowed in dev only."
  type        = bool
  default     = false

  validation {
    condition     = !var.alarms_unwatched || var.environment == "dev"
    error_message = "Only dev may run with nobody watching its alarms."
  }
}

variable "api_execution_log_level" {
  description = "API Gateway execution logging: ERROR or INFO."
  type        = string
  default     = "ERROR"
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
