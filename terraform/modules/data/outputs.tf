output "table_name" {
  description = "The journeys table's name (the API Lambda's TABLE_NAME)."
  value       = aws_dynamodb_table.journeys.name
}

output "table_arn" {
  description = "The journeys table's ARN, for least-privilege IAM."
  value       = aws_dynamodb_table.journeys.arn
}

output "table_stream_arn" {
  description = "The journeys table's stream, read by the insights' stream Lambda."
  value       = aws_dynamodb_table.journeys.stream_arn
}

output "insights_table_name" {
  description = "The insights' rollups table (INSIGHTS_TABLE of the API and the stream Lambda)."
  value       = aws_dynamodb_table.insights.name
}

output "insights_table_arn" {
  description = "The insights' rollups table's ARN, for least-privilege IAM."
  value       = aws_dynamodb_table.insights.arn
}
