variable "name" {
  description = "Name prefix for the functions, e.g. liminal-production."
  type        = string
}

variable "artifacts_bucket" {
  description = "Bucket holding versioned Lambda zips (lambda/<app_version>/<function>.zip), so any earlier version can be deployed again."
  type        = string
}

variable "app_version" {
  description = "The release to run: selects the zips under lambda/<app_version>/ (a rollback sets an earlier one)."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9._-]{1,64}$", var.app_version))
    error_message = "A version is 1-64 letters, digits, dots, underscores or hyphens."
  }
}

variable "table_name" {
  description = "The journeys table (TABLE_NAME)."
  type        = string
}

variable "table_arn" {
  description = "The journeys table's ARN; the API may touch only it and its indexes."
  type        = string
}

variable "journeys_stream_arn" {
  description = "The journeys table's stream, which the insights' stream Lambda reads."
  type        = string
}

variable "insights_table_name" {
  description = "The insights' rollups table (INSIGHTS_TABLE)."
  type        = string
}

variable "insights_table_arn" {
  description = "The insights' rollups table's ARN."
  type        = string
}

variable "insights_token_secret_arn" {
  description = "Secrets Manager secret holding the operators' token for the insights."
  type        = string
}

variable "narrator_config_parameter_name" {
  description = "SSM parameter with the narrator configuration."
  type        = string
}

variable "narrator_config_parameter_arn" {
  description = "Its ARN, for ssm:GetParameter."
  type        = string
}

variable "provider_keys_secret_arn" {
  description = "Secrets Manager secret with the provider keys."
  type        = string
}

variable "provider_keys_kms_key_arn" {
  description = "The secret's customer key; the API may decrypt with it through Secrets Manager only."
  type        = string
}

variable "translate_enabled" {
  description = "Whether the API may call Amazon Translate (translate:TranslateText): true when the narrator configuration names it."
  type        = bool
  default     = false
}

variable "sagemaker_endpoint_name" {
  description = "A SageMaker endpoint the API may invoke (sagemaker:InvokeEndpoint), or null for none."
  type        = string
  default     = null
}

variable "bedrock_model_arns" {
  description = "Bedrock foundation models the API may invoke (from the bedrock module); empty for none."
  type        = list(string)
  default     = []
}

variable "api_execution_arn" {
  description = "The REST API's execution ARN: the origin-request signer may invoke only this API."
  type        = string
}

variable "memory_mb" {
  description = "Memory of the API function."
  type        = number
  default     = 512

  validation {
    condition     = var.memory_mb >= 128 && var.memory_mb <= 10240
    error_message = "Lambda memory is 128-10240 MB."
  }
}

variable "timeout_seconds" {
  description = "Timeout of the API function (API Gateway waits at most 29 s)."
  type        = number
  default     = 25

  validation {
    condition     = var.timeout_seconds >= 3 && var.timeout_seconds <= 29
    error_message = "Between 3 and 29 seconds, within API Gateway's limit."
  }
}

variable "reserved_concurrency" {
  description = "Concurrency reserved for (and capping) the API function: a ceiling on spend and on load on the table, and a floor other functions cannot take. null reserves none."
  type        = number
  default     = null

  validation {
    condition     = var.reserved_concurrency == null || try(var.reserved_concurrency >= 1, false)
    error_message = "Reserve at least 1 (and leave the account 100 unreserved), or null for none."
  }
}

variable "log_retention_days" {
  description = "How long function logs are kept."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
