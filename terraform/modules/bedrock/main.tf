# The Bedrock foundation models the API may invoke (and stream), in this region. Invocation
# logging is account-wide and lives in terraform/shared.
data "aws_region" "current" {}

locals {
  model_arns = [for id in var.model_ids : "arn:aws:bedrock:${data.aws_region.current.name}::foundation-model/${id}"]
}
