# Four functions from versioned artifacts: the API and the insights' stream consumer (regional),
# and two Lambda@Edge functions (us-east-1, published versions, no environment: Lambda@Edge
# allows none).

data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

locals {
  api_function    = "${var.name}-api"
  stream_function = "${var.name}-insights-stream"
  viewer_function = "${var.name}-edge-router"
  # The signer's deployed name predates its bundle's (origin-signer.zip). A Lambda@Edge function
  # cannot be deleted while CloudFront still has replicas of it, so renaming it would fail the apply.
  signer_function = "${var.name}-ai-router"
  artifact_prefix = "lambda/${var.app_version}"
  edge_bucket     = "${var.artifacts_bucket}-us-east-1"
  # Lambda@Edge runs only the Node.js versions CloudFront lists; 22 is the newest there and the
  # newest the pinned AWS provider accepts, so every function runs it (supported to April 2027).
  runtime = "nodejs22.x"
}

# Each function is tied to its artifact's object version (the buckets are versioned), so new
# bytes under an existing key are a change Terraform applies, never a silent no-op.
data "aws_s3_object" "api" {
  bucket = var.artifacts_bucket
  key    = "${local.artifact_prefix}/api.zip"
}

data "aws_s3_object" "insights_stream" {
  bucket = var.artifacts_bucket
  key    = "${local.artifact_prefix}/insights-stream.zip"
}

data "aws_s3_object" "viewer_request" {
  provider = aws.us_east_1
  bucket   = local.edge_bucket
  key      = "${local.artifact_prefix}/edge-router.zip"
}

data "aws_s3_object" "origin_request" {
  provider = aws.us_east_1
  bucket   = local.edge_bucket
  key      = "${local.artifact_prefix}/origin-signer.zip"
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
    sid       = "ReadInsightsRollups"
    actions   = ["dynamodb:Query"]
    resources = [var.insights_table_arn]
  }

  statement {
    sid       = "NarratorConfiguration"
    actions   = ["ssm:GetParameter"]
    resources = [var.narrator_config_parameter_arn]
  }

  statement {
    sid       = "ProviderKeys"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.provider_keys_secret_arn, var.insights_token_secret_arn]
  }

  statement {
    sid       = "DecryptProviderKeysThroughSecretsManager"
    actions   = ["kms:Decrypt"]
    resources = [var.provider_keys_kms_key_arn]
    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["secretsmanager.${data.aws_region.current.name}.amazonaws.com"]
    }
  }

  # Content safety: every AI beat and reader seed is checked by Comprehend when the moderation
  # configuration (in the narrator configuration's SSM parameter) names it. These two actions
  # support no resource-level permissions, so "*" is the only resource.
  statement {
    sid       = "ModerateWithComprehendNoResourceLevelPermissions"
    actions   = ["comprehend:DetectToxicContent", "comprehend:DetectPiiEntities"]
    resources = ["*"]
  }

  # Languages: the storyteller's beats are carried into the reader's language by Amazon Translate
  # when the narrator configuration names it. TranslateText takes no resource but an optional
  # custom terminology, which this project does not use, so "*" is the only resource.
  dynamic "statement" {
    for_each = var.translate_enabled ? [1] : []
    content {
      sid       = "TranslateBeatsNoResourceLevelPermissions"
      actions   = ["translate:TranslateText"]
      resources = ["*"]
    }
  }

  # Active tracing: Lambda refuses to create a traced function whose role cannot send segments.
  # These two X-Ray actions support no resource-level permissions, so "*" is the only resource.
  statement {
    sid       = "XRayTracesHaveNoResourceLevelPermissions"
    actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = length(var.bedrock_model_arns) == 0 ? [] : [var.bedrock_model_arns]
    content {
      sid       = "InvokeConfiguredBedrockModels"
      actions   = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
      resources = statement.value
    }
  }

  dynamic "statement" {
    for_each = var.sagemaker_endpoint_name == null ? [] : [var.sagemaker_endpoint_name]
    content {
      sid       = "InvokeConfiguredSageMakerEndpoint"
      actions   = ["sagemaker:InvokeEndpoint"]
      resources = ["arn:aws:sagemaker:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:endpoint/${lower(statement.value)}"]
    }
  }
}

resource "aws_iam_role_policy" "api" {
  name   = "least-privilege"
  role   = aws_iam_role.api.id
  policy = data.aws_iam_policy_document.api.json
}


resource "aws_lambda_function" "api" {
  function_name                  = local.api_function
  role                           = aws_iam_role.api.arn
  runtime                        = local.runtime
  architectures                  = ["arm64"]
  handler                        = "index.handler"
  s3_bucket                      = data.aws_s3_object.api.bucket
  s3_key                         = data.aws_s3_object.api.key
  s3_object_version              = data.aws_s3_object.api.version_id
  memory_size                    = var.memory_mb
  timeout                        = var.timeout_seconds
  reserved_concurrent_executions = var.reserved_concurrency == null ? -1 : var.reserved_concurrency
  publish                        = true

  environment {
    variables = {
      TABLE_NAME                   = var.table_name
      NARRATOR_CONFIG_PARAMETER    = var.narrator_config_parameter_name
      PROVIDER_KEYS_SECRET         = var.provider_keys_secret_arn
      INSIGHTS_TABLE               = var.insights_table_name
      INSIGHTS_TOKEN_SECRET        = var.insights_token_secret_arn
      APP_VERSION                  = var.app_version
      POWERTOOLS_SERVICE_NAME      = "liminal-api"
      POWERTOOLS_METRICS_NAMESPACE = "LiminalTransit"
    }
  }

  tracing_config {
    mode = "Active"
  }

  # The role's policies must exist before the function: creation checks tracing permissions,
  # and the first invocations need the table, parameter and secret.
  depends_on = [aws_cloudwatch_log_group.api, aws_iam_role_policy.api]
  tags       = var.tags
}

# API Gateway invokes this alias, which always points at the published version of the release.
resource "aws_lambda_alias" "api_live" {
  name             = "live"
  function_name    = aws_lambda_function.api.function_name
  function_version = aws_lambda_function.api.version
}

# --- The insights' stream consumer ---------------------------------------------------------
# Reads the journeys table's stream (event inserts only, filtered before the function is called)
# and counts each event into the rollups table, once: a redelivered record finds its marker.

resource "aws_iam_role" "insights_stream" {
  name               = local.stream_function
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  tags               = var.tags
}

resource "aws_cloudwatch_log_group" "insights_stream" {
  name              = "/aws/lambda/${local.stream_function}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_sqs_queue" "insights_stream_failures" {
  name                      = "${local.stream_function}-failures"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
  tags                      = var.tags
}

data "aws_iam_policy_document" "insights_stream" {
  statement {
    sid       = "WriteOwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.insights_stream.arn}:*"]
  }

  statement {
    sid = "ReadJourneysStream"
    actions = [
      "dynamodb:DescribeStream",
      "dynamodb:GetRecords",
      "dynamodb:GetShardIterator",
    ]
    resources = [var.journeys_stream_arn]
  }

  # ListStreams names no stream: it is granted on the table's streams only.
  statement {
    sid       = "ListJourneysStreams"
    actions   = ["dynamodb:ListStreams"]
    resources = ["${var.table_arn}/stream/*"]
  }

  # A counted event is one transaction: its marker (put if absent) and the counters it adds to;
  # the daily abandonment metric reads a day's counters back.
  statement {
    sid       = "WriteInsightsRollups"
    actions   = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"]
    resources = [var.insights_table_arn]
  }

  # Batches that still fail after the retries: their shard and sequence numbers (not the
  # records), to replay from the stream while it holds them.
  statement {
    sid       = "ReportFailedRecords"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.insights_stream_failures.arn]
  }
}

resource "aws_iam_role_policy" "insights_stream" {
  name   = "least-privilege"
  role   = aws_iam_role.insights_stream.id
  policy = data.aws_iam_policy_document.insights_stream.json
}

resource "aws_lambda_function" "insights_stream" {
  function_name     = local.stream_function
  role              = aws_iam_role.insights_stream.arn
  runtime           = local.runtime
  architectures     = ["arm64"]
  handler           = "index.handler"
  s3_bucket         = data.aws_s3_object.insights_stream.bucket
  s3_key            = data.aws_s3_object.insights_stream.key
  s3_object_version = data.aws_s3_object.insights_stream.version_id
  memory_size       = 256
  timeout           = 60

  environment {
    variables = {
      INSIGHTS_TABLE = var.insights_table_name
    }
  }

  depends_on = [aws_cloudwatch_log_group.insights_stream, aws_iam_role_policy.insights_stream]
  tags       = var.tags
}

resource "aws_lambda_event_source_mapping" "insights_stream" {
  event_source_arn  = var.journeys_stream_arn
  function_name     = aws_lambda_function.insights_stream.arn
  starting_position = "LATEST"
  batch_size        = 100
  # The handler reports the first record it could not count; Lambda retries from there.
  function_response_types        = ["ReportBatchItemFailures"]
  bisect_batch_on_function_error = true
  maximum_retry_attempts         = 10
  maximum_record_age_in_seconds  = 86400

  # Only event items, as they are inserted: journeys and beats never reach the function.
  filter_criteria {
    filter {
      pattern = jsonencode({
        eventName = ["INSERT"]
        dynamodb  = { Keys = { sk = { S = [{ prefix = "E#" }] } } }
      })
    }
  }

  destination_config {
    on_failure {
      destination_arn = aws_sqs_queue.insights_stream_failures.arn
    }
  }
}

# Once a day, after midnight UTC plus the abandonment time (30 minutes), the same function prints
# the abandoned journeys of the day just over as the JourneysAbandoned metric.
resource "aws_cloudwatch_event_rule" "insights_daily" {
  name                = "${local.stream_function}-daily"
  description         = "The abandoned journeys of the day just over, as a metric."
  schedule_expression = "cron(45 0 * * ? *)"
  tags                = var.tags
}

resource "aws_cloudwatch_event_target" "insights_daily" {
  rule = aws_cloudwatch_event_rule.insights_daily.name
  arn  = aws_lambda_function.insights_stream.arn
}

resource "aws_lambda_permission" "insights_daily" {
  statement_id  = "DailyAbandonmentMetric"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.insights_stream.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.insights_daily.arn
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
    # Each group both as itself (what CreateLogGroup is checked against) and with its streams.
    resources = flatten([
      for function in [local.viewer_function, local.signer_function] : [
        "arn:aws:logs:*:${data.aws_caller_identity.current.account_id}:log-group:/aws/lambda/us-east-1.${function}",
        "arn:aws:logs:*:${data.aws_caller_identity.current.account_id}:log-group:/aws/lambda/us-east-1.${function}:*",
      ]
    ])
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
  provider          = aws.us_east_1
  function_name     = local.viewer_function
  role              = aws_iam_role.edge.arn
  runtime           = local.runtime
  handler           = "index.handler"
  s3_bucket         = data.aws_s3_object.viewer_request.bucket
  s3_key            = data.aws_s3_object.viewer_request.key
  s3_object_version = data.aws_s3_object.viewer_request.version_id
  memory_size       = 128
  timeout           = 5
  publish           = true
  depends_on        = [aws_iam_role_policy.edge]
  tags              = var.tags
}

resource "aws_lambda_function" "origin_request" {
  provider          = aws.us_east_1
  function_name     = local.signer_function
  role              = aws_iam_role.edge.arn
  runtime           = local.runtime
  handler           = "index.handler"
  s3_bucket         = data.aws_s3_object.origin_request.bucket
  s3_key            = data.aws_s3_object.origin_request.key
  s3_object_version = data.aws_s3_object.origin_request.version_id
  memory_size       = 128
  timeout           = 5
  publish           = true
  depends_on        = [aws_iam_role_policy.edge]
  tags              = var.tags
}

# Lambda@Edge writes logs in the region that served each request, to /aws/lambda/us-east-1.<name>,
# creating the group (without retention) where it is missing. Here the groups are made, with
# retention, in the two regions this configuration has providers for: the environment's own
# (nearest its readers) and us-east-1. Other edge regions' groups cannot be declared without a
# provider per region (Terraform has no provider for_each); they are listed in docs/aws.md.
locals {
  edge_log_groups = toset([
    "/aws/lambda/us-east-1.${local.viewer_function}",
    "/aws/lambda/us-east-1.${local.signer_function}",
  ])
}

resource "aws_cloudwatch_log_group" "edge_home_region" {
  for_each          = local.edge_log_groups
  name              = each.value
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_cloudwatch_log_group" "edge_us_east_1" {
  provider          = aws.us_east_1
  for_each          = data.aws_region.current.name == "us-east-1" ? toset([]) : local.edge_log_groups
  name              = each.value
  retention_in_days = var.log_retention_days
  tags              = var.tags
}
