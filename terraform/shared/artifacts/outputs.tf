output "bucket" {
  description = "The artifacts bucket's name."
  value       = aws_s3_bucket.artifacts.id
}

output "access_logs_bucket" {
  description = "The region's access-log bucket (other buckets in the region log here too)."
  value       = aws_s3_bucket.access_logs.id
  # Ready for logging only once its policy lets S3 write the logs.
  depends_on = [module.access_logs_policy]
}
