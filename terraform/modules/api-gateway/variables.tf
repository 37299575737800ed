variable "name" {
  description = "Name of the REST API, e.g. liminal-production."
  type        = string
}

variable "stage_name" {
  description = "The stage CloudFront sends requests to (its origin path)."
  type        = string
  default     = "live"

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]{1,64}$", var.stage_name))
    error_message = "A stage name is 1-64 letters, digits, underscores or hyphens."
  }
}

variable "lambda_invoke_arn" {
  description = "Invoke ARN of the API function's alias."
  type        = string
}

variable "lambda_function_name" {
  description = "The API function's name, for the invoke permission."
  type        = string
}

variable "lambda_alias_name" {
  description = "The alias API Gateway invokes (the permission's qualifier)."
  type        = string
}

variable "throttle_rate_limit" {
  description = "Steady-state requests per second for the stage."
  type        = number
  default     = 200
}

variable "throttle_burst_limit" {
  description = "Burst of requests for the stage."
  type        = number
  default     = 400
}

variable "log_retention_days" {
  description = "How long access logs are kept."
  type        = number
  default     = 30
}

variable "execution_log_level" {
  description = "API Gateway execution logging: ERROR or INFO."
  type        = string
  default     = "ERROR"

  validation {
    condition     = contains(["ERROR", "INFO"], var.execution_log_level)
    error_message = "ERROR or INFO."
  }
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
