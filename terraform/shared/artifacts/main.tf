# A private, versioned, encrypted, TLS-only bucket of release artifacts, and beside it (S3 access
# logs must stay in their bucket's region) the region's access-log bucket, which other shared
# buckets in the region log to as well.

data "aws_caller_identity" "current" {}

resource "aws_s3_bucket" "artifacts" {
  bucket        = var.bucket
  force_destroy = var.force_destroy
  tags          = var.tags
}

resource "aws_s3_bucket_public_access_block" "artifacts" {
  bucket                  = aws_s3_bucket.artifacts.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  versioning_configuration {
    status = "Enabled"
  }
}

module "artifacts_policy" {
  source     = "../../modules/bucket-policy"
  bucket     = aws_s3_bucket.artifacts.id
  bucket_arn = aws_s3_bucket.artifacts.arn
  depends_on = [aws_s3_bucket_public_access_block.artifacts]
}

moved {
  from = aws_s3_bucket_policy.artifacts
  to   = module.artifacts_policy.aws_s3_bucket_policy.this
}

resource "aws_s3_bucket_logging" "artifacts" {
  bucket        = aws_s3_bucket.artifacts.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "${var.bucket}/"
  depends_on    = [module.access_logs_policy]
}

# --- The region's access-log bucket --------------------------------------------------------------
# No access logging of its own: it is where access logs go, and logging it would log its own
# log deliveries.

resource "aws_s3_bucket" "access_logs" {
  bucket        = "${var.bucket}-access-logs"
  force_destroy = var.force_destroy
  tags          = var.tags
}

resource "aws_s3_bucket_public_access_block" "access_logs" {
  bucket                  = aws_s3_bucket.access_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # server access logs cannot be delivered under SSE-KMS
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  rule {
    id     = "expire-logs"
    status = "Enabled"
    filter {}
    expiration {
      days = var.log_retention_days
    }
  }
}

data "aws_iam_policy_document" "access_logs" {
  statement {
    sid       = "S3WritesServerAccessLogsOfThisAccount"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.access_logs.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["logging.s3.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }

}

module "access_logs_policy" {
  source          = "../../modules/bucket-policy"
  bucket          = aws_s3_bucket.access_logs.id
  bucket_arn      = aws_s3_bucket.access_logs.arn
  allow_documents = [data.aws_iam_policy_document.access_logs.json]
  depends_on      = [aws_s3_bucket_public_access_block.access_logs]
}

moved {
  from = aws_s3_bucket_policy.access_logs
  to   = module.access_logs_policy.aws_s3_bucket_policy.this
}
