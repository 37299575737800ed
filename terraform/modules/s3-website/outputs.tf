output "bucket_name" {
  description = "The web app bucket's name (deploy.sh uploads here)."
  value       = aws_s3_bucket.site.id
}

output "bucket_arn" {
  description = "The web app bucket's ARN."
  value       = aws_s3_bucket.site.arn
}

output "bucket_regional_domain_name" {
  description = "The bucket's REST endpoint, CloudFront's S3 origin."
  value       = aws_s3_bucket.site.bucket_regional_domain_name
}

output "logs_bucket_domain_name" {
  description = "The logs bucket's domain, for CloudFront's logging configuration."
  value       = aws_s3_bucket.logs.bucket_domain_name
  # CloudFront refuses a log bucket without ACLs enabled: whoever reads this waits for them.
  depends_on = [aws_s3_bucket_ownership_controls.logs]
}
