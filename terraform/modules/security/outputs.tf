output "certificate_arn" {
  description = "The validated certificate in us-east-1."
  value       = aws_acm_certificate_validation.site.certificate_arn
}

output "web_acl_arn" {
  description = "The CLOUDFRONT-scope web ACL."
  value       = aws_wafv2_web_acl.site.arn
}

output "narrator_config_parameter_name" {
  description = "SSM parameter name of the narrator configuration."
  value       = aws_ssm_parameter.narrator_config.name
}

output "narrator_config_parameter_arn" {
  description = "Its ARN."
  value       = aws_ssm_parameter.narrator_config.arn
}

output "provider_keys_secret_arn" {
  description = "ARN of the provider keys secret."
  value       = aws_secretsmanager_secret.provider_keys.arn
}

output "provider_keys_kms_key_arn" {
  description = "The secret's customer key, which the API may use through Secrets Manager only."
  value       = aws_kms_key.provider_keys.arn
}

output "insights_token_secret_arn" {
  description = "The operators' token for the insights (INSIGHTS_TOKEN_SECRET of the API)."
  value       = aws_secretsmanager_secret.insights_token.arn
}
