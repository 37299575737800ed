variable "bucket" {
  description = "Name of the artifacts bucket."
  type        = string
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
