variable "model_ids" {
  description = "Bedrock model ids the narrators may invoke (Claude 3 Haiku/Sonnet, Titan Text)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.model_ids : can(regex("^[a-z0-9-]+\\.[A-Za-z0-9.:-]+$", id))])
    error_message = "Model ids look like provider.model-name-version, e.g. amazon.titan-text-express-v1."
  }
}
