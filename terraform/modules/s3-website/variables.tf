variable "bucket_name" {
  description = "Name of the private bucket that holds the built web app."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name))
    error_message = "An S3 bucket name is 3-63 lower-case letters, digits, dots or hyphens."
  }
}

variable "cloudfront_distribution_arn" {
  description = "The only principal allowed to read the bucket: this CloudFront distribution (Origin Access Control)."
  type        = string
}

variable "noncurrent_version_days" {
  description = "How long replaced asset versions are kept, so a rollback to an earlier version stays possible."
  type        = number
  default     = 90

  validation {
    condition     = var.noncurrent_version_days >= 1
    error_message = "Keep replaced versions at least one day."
  }
}

variable "force_destroy" {
  description = "Allow Terraform to delete the bucket with objects in it (dev only)."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}

variable "log_retention_days" {
  description = "How long CloudFront logs are kept."
  type        = number
  default     = 90
}
