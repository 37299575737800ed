output "artifacts_bucket" {
  description = "Bucket for Lambda zips (environments' artifacts_bucket); the us-east-1 copy adds -us-east-1."
  value       = module.artifacts.bucket
}

output "bedrock_logs_bucket" {
  description = "Where Bedrock invocation logs go."
  value       = aws_s3_bucket.bedrock_logs.id
}

output "api_gateway_cloudwatch_role_arn" {
  description = "The role API Gateway logs through in this region (every environment's stage needs it)."
  value       = aws_api_gateway_account.region.cloudwatch_role_arn
}
