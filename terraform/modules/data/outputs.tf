output "table_name" {
  description = "The journeys table's name (the API Lambda's TABLE_NAME)."
  value       = aws_dynamodb_table.journeys.name
}

output "table_arn" {
  description = "The journeys table's ARN, for least-privilege IAM."
  value       = aws_dynamodb_table.journeys.arn
}
