output "alarm_topic_arn" {
  description = "The SNS topic the alarms notify."
  value       = aws_sns_topic.alarms.arn
}

output "dashboard_name" {
  description = "The CloudWatch dashboard's name."
  value       = aws_cloudwatch_dashboard.main.dashboard_name
}
