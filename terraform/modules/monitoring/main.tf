# The seed's alerting rules as CloudWatch alarms on an SNS topic, and the dashboard.
data "aws_region" "current" {}

resource "aws_sns_topic" "alarms" {
  name              = "${var.name}-alarms"
  kms_master_key_id = "alias/aws/sns"
  tags              = var.tags
}

resource "aws_sns_topic_subscription" "email" {
  count     = var.alarm_email == null ? 0 : 1
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
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
