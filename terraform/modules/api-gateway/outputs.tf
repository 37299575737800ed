output "api_id" {
  description = "The REST API's id."
  value       = aws_api_gateway_rest_api.api.id
}

output "execution_arn" {
  description = "The REST API's execution ARN (for execute-api:Invoke)."
  value       = aws_api_gateway_rest_api.api.execution_arn
}

output "domain_name" {
  description = "The execute-api domain CloudFront uses as the API origin."
  value       = "${aws_api_gateway_rest_api.api.id}.execute-api.${data.aws_region.current.name}.amazonaws.com"
}

output "stage_name" {
  description = "The stage name (CloudFront's origin path)."
  value       = aws_api_gateway_stage.live.stage_name
}

output "invoke_url" {
  description = "The stage's invoke URL (reachable only with SigV4)."
  value       = aws_api_gateway_stage.live.invoke_url
}
