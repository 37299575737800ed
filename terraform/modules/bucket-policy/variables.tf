variable "bucket" {
  description = "The bucket's name."
  type        = string
}

variable "bucket_arn" {
  description = "The bucket's ARN."
  type        = string
}

variable "allow_documents" {
  description = "Policy documents (JSON) whose statements the policy also holds."
  type        = list(string)
  default     = []
}
