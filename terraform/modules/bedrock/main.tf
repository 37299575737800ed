# Bedrock access for the API function: invoke (and stream) only the configured foundation
# models in this region. Invocation logging is account-wide and lives in terraform/shared.
data "aws_region" "current" {}

data "aws_iam_policy_document" "invoke" {
  statement {
    sid       = "InvokeConfiguredModels"
    actions   = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
    resources = [for id in var.model_ids : "arn:aws:bedrock:${data.aws_region.current.name}::foundation-model/${id}"]
  }
}
