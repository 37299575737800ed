variable "name" {
  description = "Name prefix, e.g. liminal-production."
  type        = string
}

variable "domain_name" {
  description = "The site's domain name, for the certificate."
  type        = string
}

variable "hosted_zone_id" {
  description = "Route53 zone that validates the certificate."
  type        = string
}

variable "rate_limit_per_5_minutes" {
  description = "Requests per client IP per 5 minutes before the WAF blocks it."
  type        = number
  default     = 2000

  validation {
    condition     = var.rate_limit_per_5_minutes >= 100
    error_message = "AWS WAF rate-based rules need a limit of at least 100."
  }
}

variable "narrator_config" {
  description = "The narrator configuration document (JSON), kept in SSM Parameter Store."
  type        = string
  default     = "{\"providers\":[]}"

  validation {
    condition     = can(jsondecode(var.narrator_config))
    error_message = "The narrator configuration must be JSON."
  }
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can be restored (0 deletes at once, so a destroyed environment can be created again under the same names)."
  type        = number
  default     = 30

  validation {
    condition     = var.secret_recovery_window_days == 0 || (var.secret_recovery_window_days >= 7 && var.secret_recovery_window_days <= 30)
    error_message = "Secrets Manager takes 0, or 7 to 30 days."
  }
}

variable "log_retention_days" {
  description = "How long the WAF's request logs are kept."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
