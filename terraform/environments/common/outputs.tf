output "s3_bucket_name" {
  description = "The web app bucket (deploy.sh uploads the build here)."
  value       = module.s3_website.bucket_name
}

output "cloudfront_distribution_id" {
  description = "The distribution to invalidate after a deploy."
  value       = module.cloudfront.distribution_id
}

output "domain_name" {
  description = "The site's address."
  value       = module.networking.fqdn
}

output "api_url" {
  description = "The API through CloudFront (the only way in: API Gateway requires SigV4)."
  value       = "https://${var.domain_name}/api"
}

output "app_version" {
  description = "The release this environment runs."
  value       = var.app_version
}

output "alarm_topic_arn" {
  description = "SNS topic of the alarms."
  value       = module.monitoring.alarm_topic_arn
}
