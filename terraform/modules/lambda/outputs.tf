output "api_function_name" {
  description = "The API function's name."
  value       = aws_lambda_function.api.function_name
}

output "api_alias_invoke_arn" {
  description = "Invoke ARN of the API function's live alias, for API Gateway."
  value       = aws_lambda_alias.api_live.invoke_arn
}

output "api_alias_name" {
  description = "The live alias's name, for the invoke permission."
  value       = aws_lambda_alias.api_live.name
}

output "viewer_request_qualified_arn" {
  description = "Published version ARN of the A/B router (Lambda@Edge needs a version)."
  value       = aws_lambda_function.viewer_request.qualified_arn
}

output "origin_request_qualified_arn" {
  description = "Published version ARN of the signer."
  value       = aws_lambda_function.origin_request.qualified_arn
}

output "api_version" {
  description = "The API function's published version for this release."
  value       = aws_lambda_function.api.version
}

output "insights_function_name" {
  description = "The insights' stream function's name, for its alarm."
  value       = aws_lambda_function.insights_stream.function_name
}

output "insights_failure_queue_name" {
  description = "The queue the insights' stream function reports uncounted batches to."
  value       = aws_sqs_queue.insights_stream_failures.name
}
