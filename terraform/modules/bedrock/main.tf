# The Bedrock models the API may invoke (and stream): foundation models in this region, and
# cross-region inference profiles with the models they route to. Invocation logging is
# account-wide and lives in terraform/shared.
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

locals {
  region = data.aws_region.current.name
  # A cross-region inference profile ("eu.anthropic.claude-3-haiku-...", the only way newer
  # Claude models are offered in some regions) is invoked by its own ARN, and Bedrock then calls
  # the foundation model in whichever of the profile's regions it routes to: both are granted.
  profile = "^(us|eu|apac|jp|au|ca|global)\\."
  model_arns = flatten([for id in var.model_ids : can(regex(local.profile, id)) ? [
    "arn:aws:bedrock:${local.region}:${data.aws_caller_identity.current.account_id}:inference-profile/${id}",
    "arn:aws:bedrock:*::foundation-model/${replace(id, "/${local.profile}/", "")}",
  ] : ["arn:aws:bedrock:${local.region}::foundation-model/${id}"]])
}
