# Account-wide resources, applied once per account and region, before any environment:
# Bedrock model invocation logging (one configuration per account and region), API Gateway's
# CloudWatch role (one setting per account and region, which every stage's logging needs), and
# the buckets that keep every release's Lambda artifacts (so a rollback has something to roll
# back to), each region's with its access-log bucket.

data "aws_caller_identity" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  tags       = merge(var.tags, { Project = "liminal-transit", ManagedBy = "terraform", Scope = "shared" })
}

# --- Bedrock invocation logging ------------------------------------------------------------------

resource "aws_s3_bucket" "bedrock_logs" {
  bucket        = "${var.name}-bedrock-logs-${local.account_id}-${var.region}"
  force_destroy = var.force_destroy
  tags          = local.tags
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
    sid     = "BedrockWritesInvocationLogs"
    actions = ["s3:PutObject"]
    # Under the key prefix the logging configuration below names: Bedrock checks it can write
    # there before it accepts the configuration.
    resources = ["${aws_s3_bucket.bedrock_logs.arn}/bedrock/AWSLogs/${local.account_id}/BedrockModelInvocationLogs/*"]
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

}

module "bedrock_logs_policy" {
  source          = "../modules/bucket-policy"
  bucket          = aws_s3_bucket.bedrock_logs.id
  bucket_arn      = aws_s3_bucket.bedrock_logs.arn
  allow_documents = [data.aws_iam_policy_document.bedrock_logs.json]
  depends_on      = [aws_s3_bucket_public_access_block.bedrock_logs]
}

moved {
  from = aws_s3_bucket_policy.bedrock_logs
  to   = module.bedrock_logs_policy.aws_s3_bucket_policy.this
}

resource "aws_s3_bucket_logging" "bedrock_logs" {
  bucket        = aws_s3_bucket.bedrock_logs.id
  target_bucket = module.artifacts.access_logs_bucket
  target_prefix = "${aws_s3_bucket.bedrock_logs.id}/"
}

resource "aws_bedrock_model_invocation_logging_configuration" "account" {
  logging_config {
    embedding_data_delivery_enabled = false
    image_data_delivery_enabled     = false
    # The provider's default is true: metadata only means none of it.
    video_data_delivery_enabled = false
    # Readers' seeds and the beats written for them stay out of the logs: metadata only.
    text_data_delivery_enabled = false
    s3_config {
      bucket_name = aws_s3_bucket.bedrock_logs.id
      key_prefix  = "bedrock"
    }
  }

  depends_on = [module.bedrock_logs_policy]
}

# --- API Gateway's CloudWatch role ------------------------------------------------------------
# A REST API stage with access or execution logging fails to deploy in a region whose API
# Gateway account setting names no CloudWatch role; the setting is per account and region, so
# it lives here rather than in each environment.

data "aws_iam_policy_document" "api_gateway_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["apigateway.amazonaws.com"]
    }
    # No aws:SourceAccount condition: AWS's documented trust policy for this role has none, and
    # API Gateway is not documented to send it when it assumes the role; with it, the account
    # setting below could be refused on a first apply.
  }
}

resource "aws_iam_role" "api_gateway_cloudwatch" {
  name               = "${var.name}-api-gateway-cloudwatch-${var.region}"
  assume_role_policy = data.aws_iam_policy_document.api_gateway_assume.json
  tags               = local.tags
}

# What AWS's AmazonAPIGatewayPushToCloudWatchLogs grants, limited to this account and region.
data "aws_iam_policy_document" "api_gateway_cloudwatch" {
  statement {
    sid = "WriteApiGatewayLogsInThisRegion"
    actions = [
      "logs:CreateLogGroup",
      "logs:CreateLogStream",
      "logs:DescribeLogGroups",
      "logs:DescribeLogStreams",
      "logs:PutLogEvents",
      "logs:GetLogEvents",
      "logs:FilterLogEvents",
    ]
    resources = ["arn:aws:logs:${var.region}:${local.account_id}:*"]
  }
}

resource "aws_iam_role_policy" "api_gateway_cloudwatch" {
  name   = "push-to-cloudwatch-logs"
  role   = aws_iam_role.api_gateway_cloudwatch.id
  policy = data.aws_iam_policy_document.api_gateway_cloudwatch.json
}

resource "aws_api_gateway_account" "region" {
  cloudwatch_role_arn = aws_iam_role.api_gateway_cloudwatch.arn
  depends_on          = [aws_iam_role_policy.api_gateway_cloudwatch]
}

# --- Versioned release artifacts -----------------------------------------------------------------
# Lambda zips under lambda/<app_version>/: the regional bucket for the API, a us-east-1 copy for
# the Lambda@Edge functions (their code must be in us-east-1).

module "artifacts" {
  source             = "./artifacts"
  bucket             = "${var.name}-artifacts-${local.account_id}"
  log_retention_days = var.log_retention_days
  force_destroy      = var.force_destroy
  tags               = local.tags
}

module "artifacts_us_east_1" {
  source             = "./artifacts"
  providers          = { aws = aws.us_east_1 }
  bucket             = "${var.name}-artifacts-${local.account_id}-us-east-1"
  log_retention_days = var.log_retention_days
  force_destroy      = var.force_destroy
  tags               = local.tags
}
