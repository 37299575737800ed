output "invoke_policy_json" {
  description = "IAM policy allowing invocation of the configured models only."
  value       = data.aws_iam_policy_document.invoke.json
}
