# Account-wide resources, applied once per account and region, not per environment:
# Bedrock model invocation logging (one configuration per account and region) and the buckets
# that keep every release's Lambda artifacts (so a rollback has something to roll back to).

data "aws_caller_identity" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  tags       = merge(var.tags, { Project = "liminal-transit", ManagedBy = "terraform", Scope = "shared" })
}

# --- Bedrock invocation logging ------------------------------------------------------------------

resource "aws_s3_bucket" "bedrock_logs" {
  bucket = "${var.name}-bedrock-logs-${local.account_id}-${var.region}"
  tags   = local.tags
}

resource "aws_s3_bucket_public_access_block" "bedrock_logs" {
  bucket                  = aws_s3_bucket.bedrock_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "bedrock_logs" {
  bucket = aws_s3_bucket.bedrock_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "bedrock_logs" {
  bucket = aws_s3_bucket.bedrock_logs.id
  rule {
    id     = "expire-logs"
    status = "Enabled"
    filter {}
    expiration {
      days = var.log_retention_days
    }
  }
}

data "aws_iam_policy_document" "bedrock_logs" {
  statement {
    sid       = "BedrockWritesInvocationLogs"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.bedrock_logs.arn}/AWSLogs/${local.account_id}/BedrockModelInvocationLogs/*"]
    principals {
      type        = "Service"
      identifiers = ["bedrock.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:aws:bedrock:${var.region}:${local.account_id}:*"]
    }
  }

  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.bedrock_logs.arn, "${aws_s3_bucket.bedrock_logs.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "bedrock_logs" {
  bucket = aws_s3_bucket.bedrock_logs.id
  policy = data.aws_iam_policy_document.bedrock_logs.json
}

resource "aws_bedrock_model_invocation_logging_configuration" "account" {
  logging_config {
    embedding_data_delivery_enabled = false
    image_data_delivery_enabled     = false
    text_data_delivery_enabled      = true
    s3_config {
      bucket_name = aws_s3_bucket.bedrock_logs.id
      key_prefix  = "bedrock"
    }
  }

  depends_on = [aws_s3_bucket_policy.bedrock_logs]
}

# --- Versioned release artifacts -----------------------------------------------------------------
# Lambda zips under lambda/<app_version>/: the regional bucket for the API, a us-east-1 copy for
# the Lambda@Edge functions (their code must be in us-east-1).

module "artifacts" {
  source = "./artifacts"
  bucket = "${var.name}-artifacts-${local.account_id}"
  tags   = local.tags
}

module "artifacts_us_east_1" {
  source    = "./artifacts"
  providers = { aws = aws.us_east_1 }
  bucket    = "${var.name}-artifacts-${local.account_id}-us-east-1"
  tags      = local.tags
}
