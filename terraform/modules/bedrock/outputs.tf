output "model_arns" {
  description = "ARNs of the configured models (empty when none is configured), for IAM."
  value       = local.model_arns
}
