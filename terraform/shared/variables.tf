variable "region" {
  description = "The account's main region (Bedrock invocation logging is per account and region)."
  type        = string
}

variable "name" {
  description = "Name prefix for account-wide resources."
  type        = string
  default     = "liminal"
}

variable "log_retention_days" {
  description = "How long Bedrock invocation logs are kept."
  type        = number
  default     = 90
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}

variable "force_destroy" {
  description = "Let Terraform delete the shared buckets while they still hold artifacts or logs (sandbox accounts and tests only)."
  type        = bool
  default     = false
}
