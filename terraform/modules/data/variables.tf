variable "table_name" {
  description = "Name of the DynamoDB table that holds journeys, beats and events."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9_.-]{3,255}$", var.table_name))
    error_message = "A DynamoDB table name is 3-255 letters, digits, underscores, dots or hyphens."
  }
}

variable "deletion_protection" {
  description = "Refuse to delete the table (production)."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
