variable "name" {
  description = "Name prefix, e.g. liminal-production."
  type        = string
}

variable "api_name" {
  description = "The REST API's name (the ApiName dimension)."
  type        = string
}

variable "alarm_email" {
  description = "Address subscribed to the alarm topic; null for none."
  type        = string
  default     = null
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

variable "dashboard_body_path" {
  description = "The dashboard body template (monitoring/dashboard.json)."
  type        = string
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
