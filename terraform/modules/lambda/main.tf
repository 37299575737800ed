# Three functions from versioned artifacts: the API (regional) and two Lambda@Edge functions
# (us-east-1, published versions, no environment: Lambda@Edge allows none).

data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

locals {
  api_function    = "${var.name}-api"
  viewer_function = "${var.name}-edge-router"
  signer_function = "${var.name}-ai-router"
  artifact_prefix = "lambda/${var.app_version}"
}

# --- The API function ---------------------------------------------------------------------

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "api" {
  name               = local.api_function
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  tags               = var.tags
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/${local.api_function}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

data "aws_iam_policy_document" "api" {
  statement {
    sid       = "WriteOwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.api.arn}:*"]
  }

  statement {
    sid = "JourneysTableOnly"
    actions = [
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:Query",
      "dynamodb:ConditionCheckItem",
    ]
    resources = [var.table_arn, "${var.table_arn}/index/*"]
  }

  statement {
    sid       = "NarratorConfiguration"
    actions   = ["ssm:GetParameter"]
    resources = [var.narrator_config_parameter_arn]
  }

  statement {
    sid       = "ProviderKeys"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.provider_keys_secret_arn]
  }
}

resource "aws_iam_role_policy" "api" {
  name   = "least-privilege"
  role   = aws_iam_role.api.id
  policy = data.aws_iam_policy_document.api.json
}

resource "aws_iam_role_policy" "api_bedrock" {
  name   = "bedrock-configured-models"
  role   = aws_iam_role.api.id
  policy = var.bedrock_invoke_policy_json
}

resource "aws_lambda_function" "api" {
  function_name                  = local.api_function
  role                           = aws_iam_role.api.arn
  runtime                        = "nodejs20.x"
  architectures                  = ["arm64"]
  handler                        = "index.handler"
  s3_bucket                      = var.artifacts_bucket
  s3_key                         = "${local.artifact_prefix}/ai-handler.zip"
  memory_size                    = var.memory_mb
  timeout                        = var.timeout_seconds
  reserved_concurrent_executions = var.reserved_concurrency
  publish                        = true

  environment {
    variables = {
      TABLE_NAME                   = var.table_name
      NARRATOR_CONFIG_PARAMETER    = var.narrator_config_parameter_name
      PROVIDER_KEYS_SECRET         = var.provider_keys_secret_arn
      APP_VERSION                  = var.app_version
      POWERTOOLS_SERVICE_NAME      = "liminal-api"
      POWERTOOLS_METRICS_NAMESPACE = "LiminalTransit"
    }
  }

  tracing_config {
    mode = "Active"
  }

  depends_on = [aws_cloudwatch_log_group.api]
  tags       = var.tags
}

# API Gateway invokes this alias, which always points at the published version of the release.
resource "aws_lambda_alias" "api_live" {
  name             = "live"
  function_name    = aws_lambda_function.api.function_name
  function_version = aws_lambda_function.api.version
}

# --- Lambda@Edge functions (us-east-1) --------------------------------------------------------

data "aws_iam_policy_document" "edge_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com", "edgelambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "edge" {
  provider           = aws.us_east_1
  name               = "${var.name}-edge"
  assume_role_policy = data.aws_iam_policy_document.edge_assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "edge" {
  # Lambda@Edge writes its logs in whichever region served the request, to log groups named
  # /aws/lambda/us-east-1.<function>: the region part of these ARNs is necessarily "*".
  statement {
    sid     = "WriteOwnLogsInEveryEdgeRegion"
    actions = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
    resources = [
      "arn:aws:logs:*:${data.aws_caller_identity.current.account_id}:log-group:/aws/lambda/us-east-1.${local.viewer_function}:*",
      "arn:aws:logs:*:${data.aws_caller_identity.current.account_id}:log-group:/aws/lambda/us-east-1.${local.signer_function}:*",
    ]
  }

  statement {
    sid       = "InvokeOnlyThisApi"
    actions   = ["execute-api:Invoke"]
    resources = ["${var.api_execution_arn}/*/*/*"]
  }
}

resource "aws_iam_role_policy" "edge" {
  provider = aws.us_east_1
  name     = "least-privilege"
  role     = aws_iam_role.edge.id
  policy   = data.aws_iam_policy_document.edge.json
}

resource "aws_lambda_function" "viewer_request" {
  provider      = aws.us_east_1
  function_name = local.viewer_function
  role          = aws_iam_role.edge.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  s3_bucket     = "${var.artifacts_bucket}-us-east-1"
  s3_key        = "${local.artifact_prefix}/edge-router.zip"
  memory_size   = 128
  timeout       = 5
  publish       = true
  tags          = var.tags
}

resource "aws_lambda_function" "origin_request" {
  provider      = aws.us_east_1
  function_name = local.signer_function
  role          = aws_iam_role.edge.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  s3_bucket     = "${var.artifacts_bucket}-us-east-1"
  s3_key        = "${local.artifact_prefix}/ai-router.zip"
  memory_size   = 128
  timeout       = 5
  publish       = true
  tags          = var.tags
}
