output "bucket" {
  description = "The bucket, once its policy is in place."
  value       = aws_s3_bucket_policy.this.bucket
}
