output "distribution_id" {
  description = "The distribution's id (deploy.sh invalidates it)."
  value       = aws_cloudfront_distribution.site.id
}

output "distribution_arn" {
  description = "The distribution's ARN (the bucket policy's condition)."
  value       = aws_cloudfront_distribution.site.arn
}

output "domain_name" {
  description = "The distribution's cloudfront.net domain."
  value       = aws_cloudfront_distribution.site.domain_name
}

output "hosted_zone_id" {
  description = "CloudFront's hosted zone id, for Route53 alias records."
  value       = aws_cloudfront_distribution.site.hosted_zone_id
}
