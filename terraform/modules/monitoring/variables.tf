variable "name" {
  description = "Name prefix, e.g. liminal-production."
  type        = string
}

variable "api_name" {
  description = "The REST API's name (the ApiName dimension)."
  type        = string
}

variable "alarm_subscribers" {
  description = "Who receives alarms: { protocol = \"email\" or \"https\", endpoint = address or URL }."
  type = list(object({
    protocol = string
    endpoint = string
  }))

  validation {
    condition     = alltrue([for subscriber in var.alarm_subscribers : contains(["email", "https"], subscriber.protocol)])
    error_message = "An alarm subscriber's protocol is email or https (a chat integration's webhook)."
  }
}

variable "alarms_unwatched" {
  description = "Set to true to run without any alarm subscriber (dev only): the explicit opt-out."
  type        = bool
  default     = false

  validation {
    condition     = var.alarms_unwatched || length(var.alarm_subscribers) > 0
    error_message = "Give the alarms at least one subscriber (alarm_subscribers), or opt out with alarms_unwatched = true."
  }
}

variable "error_rate_percent" {
  description = "Alarm when 5xx responses exceed this share of requests."
  type        = number
  default     = 1
}

variable "availability_percent" {
  description = "Alarm when availability (requests without 5xx) drops below this."
  type        = number
  default     = 99.5
}

variable "latency_ms" {
  description = "Alarm when the API's p95 latency exceeds this many milliseconds."
  type        = number
  default     = 3000
}

variable "ai_error_rate_percent" {
  description = "Alarm when failed narrator attempts exceed this share of attempts."
  type        = number
  default     = 5
}

variable "moderation_block_rate_percent" {
  description = "Alarm when moderation blocks more than this share of AI beats (%), over at least 20 beats."
  type        = number
  default     = 20
}

variable "dashboard_body_path" {
  description = "The dashboard body template (monitoring/dashboard.json)."
  type        = string
}

variable "insights_function_name" {
  description = "The insights' stream function, whose falling behind raises an alarm."
  type        = string
}

variable "insights_failure_queue_name" {
  description = "Where the insights' stream function reports batches it could not count."
  type        = string
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
