variable "bucket" {
  description = "Name of the artifacts bucket."
  type        = string
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}

variable "log_retention_days" {
  description = "How long access logs are kept."
  type        = number
  default     = 90
}

variable "force_destroy" {
  description = "Let Terraform delete the buckets while they still hold objects."
  type        = bool
  default     = false
}
