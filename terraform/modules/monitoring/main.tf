# The design brief's alerting rules as CloudWatch alarms on an SNS topic, and the dashboard.
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

# The topic is encrypted with a customer key whose policy lets CloudWatch use it: alarms cannot
# publish to a topic under the AWS-managed SNS key (its policy cannot be changed), and the
# notifications would be lost without an error anywhere.
data "aws_iam_policy_document" "alarms_key" {
  statement {
    sid       = "AccountAdministersTheKey"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }

  statement {
    sid       = "CloudWatchPublishesEncryptedAlarms"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_kms_key" "alarms" {
  description             = "${var.name}: encrypts the alarm topic; CloudWatch may use it."
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.alarms_key.json
  tags                    = var.tags
}

resource "aws_kms_alias" "alarms" {
  name          = "alias/${var.name}-alarms"
  target_key_id = aws_kms_key.alarms.key_id
}

resource "aws_sns_topic" "alarms" {
  name              = "${var.name}-alarms"
  kms_master_key_id = aws_kms_key.alarms.arn
  tags              = var.tags
}

data "aws_iam_policy_document" "alarms_topic" {
  statement {
    sid       = "CloudWatchAlarmsOfThisAccountPublish"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alarms.arn]
    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:aws:cloudwatch:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:alarm:${var.name}-*"]
    }
  }
}

resource "aws_sns_topic_policy" "alarms" {
  arn    = aws_sns_topic.alarms.arn
  policy = data.aws_iam_policy_document.alarms_topic.json
}

# Who hears the alarms: e-mail addresses, or an https endpoint of a chat integration. Email and
# https subscriptions wait for their confirmation before anything is delivered.
resource "aws_sns_topic_subscription" "alarm" {
  for_each  = { for subscriber in var.alarm_subscribers : "${subscriber.protocol}:${subscriber.endpoint}" => subscriber }
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = each.value.protocol
  endpoint  = each.value.endpoint
}

locals {
  # The counts each ratio alarm divides: id => metric, as metric-math inputs.
  api_counts = {
    errors   = { namespace = "AWS/ApiGateway", metric_name = "5XXError", dimensions = { ApiName = var.api_name } }
    requests = { namespace = "AWS/ApiGateway", metric_name = "Count", dimensions = { ApiName = var.api_name } }
  }
  narration_counts = {
    failures = { namespace = "LiminalTransit", metric_name = "NarrationFailures", dimensions = { service = "liminal-api" } }
    attempts = { namespace = "LiminalTransit", metric_name = "NarrationAttempts", dimensions = { service = "liminal-api" } }
  }
  moderation_counts = {
    blocked   = { namespace = "LiminalTransit", metric_name = "BlockedBeats", dimensions = { service = "liminal-api" } }
    moderated = { namespace = "LiminalTransit", metric_name = "ModeratedBeats", dimensions = { service = "liminal-api" } }
  }
}

# Moderation blocking more AI beats than usual: a model gone astray, a prompt that invites it, or
# (blocks in the "unavailable" category) Comprehend failing. Not judged on fewer than 20 beats.
resource "aws_cloudwatch_metric_alarm" "moderation_blocks" {
  alarm_name          = "${var.name}-moderation-blocks"
  alarm_description   = "Moderation blocked more than ${var.moderation_block_rate_percent}% of AI beats."
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.moderation_block_rate_percent
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags

  metric_query {
    id          = "rate"
    expression  = "IF(moderated >= 20, 100 * blocked / moderated, 0)"
    label       = "Blocked AI beats %"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = local.moderation_counts
    content {
      id = metric_query.key
      metric {
        namespace   = metric_query.value.namespace
        metric_name = metric_query.value.metric_name
        dimensions  = metric_query.value.dimensions
        stat        = "Sum"
        period      = 300
      }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "error_rate" {
  alarm_name          = "${var.name}-5xx-rate"
  alarm_description   = "5xx errors above ${var.error_rate_percent}% of API requests."
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.error_rate_percent
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags

  metric_query {
    id          = "rate"
    expression  = "IF(requests > 0, 100 * errors / requests, 0)"
    label       = "5xx %"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = local.api_counts
    content {
      id = metric_query.key
      metric {
        namespace   = metric_query.value.namespace
        metric_name = metric_query.value.metric_name
        dimensions  = metric_query.value.dimensions
        stat        = "Sum"
        period      = 300
      }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "availability" {
  alarm_name          = "${var.name}-availability"
  alarm_description   = "Availability below ${var.availability_percent}%."
  comparison_operator = "LessThanThreshold"
  threshold           = var.availability_percent
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags

  metric_query {
    id          = "availability"
    expression  = "IF(requests > 0, 100 - 100 * errors / requests, 100)"
    label       = "Availability %"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = local.api_counts
    content {
      id = metric_query.key
      metric {
        namespace   = metric_query.value.namespace
        metric_name = metric_query.value.metric_name
        dimensions  = metric_query.value.dimensions
        stat        = "Sum"
        period      = 300
      }
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "latency" {
  alarm_name          = "${var.name}-latency"
  alarm_description   = "API p95 response time above ${var.latency_ms} ms."
  namespace           = "AWS/ApiGateway"
  metric_name         = "Latency"
  dimensions          = { ApiName = var.api_name }
  extended_statistic  = "p95"
  period              = 300
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.latency_ms
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "ai_errors" {
  alarm_name          = "${var.name}-ai-errors"
  alarm_description   = "Failed narrator attempts above ${var.ai_error_rate_percent}% of attempts."
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.ai_error_rate_percent
  evaluation_periods  = 3
  datapoints_to_alarm = 2
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags

  metric_query {
    id          = "rate"
    expression  = "IF(attempts > 0, 100 * failures / attempts, 0)"
    label       = "Narrator error %"
    return_data = true
  }
  dynamic "metric_query" {
    for_each = local.narration_counts
    content {
      id = metric_query.key
      metric {
        namespace   = metric_query.value.namespace
        metric_name = metric_query.value.metric_name
        dimensions  = metric_query.value.dimensions
        stat        = "Sum"
        period      = 300
      }
    }
  }
}

resource "aws_cloudwatch_dashboard" "main" {
  dashboard_name = var.name
  dashboard_body = templatefile(var.dashboard_body_path, {
    region   = data.aws_region.current.name
    api_name = var.api_name
  })
}

# The insights' rollups: a batch the stream function gave up on (its place in the stream is in the
# failure queue, to replay within the stream's 24 hours), or the function an hour behind.
resource "aws_cloudwatch_metric_alarm" "insights_failures" {
  alarm_name          = "${var.name}-insights-uncounted"
  alarm_description   = "The insights' stream function could not count a batch: replay it from the queue's message within 24 hours."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = var.insights_failure_queue_name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags
}

resource "aws_cloudwatch_metric_alarm" "insights_behind" {
  alarm_name          = "${var.name}-insights-behind"
  alarm_description   = "The insights' stream function is more than an hour behind the journeys table."
  namespace           = "AWS/Lambda"
  metric_name         = "IteratorAge"
  dimensions          = { FunctionName = var.insights_function_name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 3600000
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
  ok_actions          = [aws_sns_topic.alarms.arn]
  tags                = var.tags
}
