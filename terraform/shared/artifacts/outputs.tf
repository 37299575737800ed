output "bucket" {
  description = "The artifacts bucket's name."
  value       = aws_s3_bucket.artifacts.id
}
