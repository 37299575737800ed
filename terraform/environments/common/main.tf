# One environment: every module, wired together. Linked from dev, staging and production,
# which differ only in their terraform.tfvars (see README.md here).

data "aws_caller_identity" "current" {}

locals {
  name = "liminal-${var.environment}"
  tags = merge(var.tags, {
    Project     = "liminal-transit"
    Environment = var.environment
    ManagedBy   = "terraform"
  })

  # The narrator chain (SSM), built from the same variables that grant its IAM: the Bedrock
  # models in order, then the SageMaker endpoint, then providers keyed from the secret. The
  # built-in storyteller always follows, and narrates alone when the list is empty.
  narrator_config = jsonencode(merge(
    {
      providers = concat(
        [for id in var.bedrock_model_ids : {
          type  = "bedrock"
          name  = "bedrock-${regex("^[^.]+\\.([^:]+)", id)[0]}"
          model = id
        }],
        var.sagemaker_endpoint == null ? [] : [{
          type         = "sagemaker"
          name         = "sagemaker"
          model        = var.sagemaker_endpoint.model
          endpointName = var.sagemaker_endpoint.name
        }],
        [for type in var.keyed_narrators : { type = type }],
      )
    },
    var.narrator_budgets == null ? {} : { budgets = { for key, value in var.narrator_budgets : key => value if value != null } },
    # Every AI beat and reader seed: the local moderator, then Comprehend when it is turned on
    # (the API role may call exactly its two detections); a Comprehend failure blocks the AI beat,
    # and a seed is then judged by the local moderator.
    {
      moderation = {
        moderators = concat(
          [{ type = "local" }],
          var.comprehend_moderation ? [{ type = "comprehend", timeoutMs = 1500 }] : [],
        )
      }
    },
    # Stories in Spanish, French, German and Japanese: the storyteller's English beats through
    # Amazon Translate, each sentence cached in the journeys table for every later reader.
    var.amazon_translate ? { translation = { translators = [{ type = "amazon" }], timeoutMs = 3000 } } : {},
  ))
}

module "data" {
  source              = "../../modules/data"
  table_name          = "${local.name}-journeys"
  deletion_protection = var.deletion_protection
  tags                = local.tags
}

module "security" {
  source = "../../modules/security"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }
  name                     = local.name
  domain_name              = var.domain_name
  hosted_zone_id           = var.hosted_zone_id
  rate_limit_per_5_minutes = var.waf_rate_limit
  narrator_config          = local.narrator_config
  log_retention_days       = var.log_retention_days
  # An environment that may be destroyed with its data may take its secrets' names back at once.
  secret_recovery_window_days = var.force_destroy ? 0 : 30
  tags                        = local.tags
}

module "bedrock" {
  source    = "../../modules/bedrock"
  model_ids = var.bedrock_model_ids
}

module "lambda" {
  source = "../../modules/lambda"
  providers = {
    aws           = aws
    aws.us_east_1 = aws.us_east_1
  }
  name                           = local.name
  artifacts_bucket               = coalesce(var.artifacts_bucket, "liminal-artifacts-${data.aws_caller_identity.current.account_id}")
  app_version                    = var.app_version
  table_name                     = module.data.table_name
  table_arn                      = module.data.table_arn
  journeys_stream_arn            = module.data.table_stream_arn
  insights_table_name            = module.data.insights_table_name
  insights_table_arn             = module.data.insights_table_arn
  insights_token_secret_arn      = module.security.insights_token_secret_arn
  narrator_config_parameter_name = module.security.narrator_config_parameter_name
  narrator_config_parameter_arn  = module.security.narrator_config_parameter_arn
  provider_keys_secret_arn       = module.security.provider_keys_secret_arn
  provider_keys_kms_key_arn      = module.security.provider_keys_kms_key_arn
  sagemaker_endpoint_name        = var.sagemaker_endpoint == null ? null : var.sagemaker_endpoint.name
  translate_enabled              = var.amazon_translate
  bedrock_model_arns             = module.bedrock.model_arns
  api_execution_arn              = module.api_gateway.execution_arn
  memory_mb                      = var.api_memory_mb
  reserved_concurrency           = var.api_reserved_concurrency
  log_retention_days             = var.log_retention_days
  tags                           = local.tags
}

module "api_gateway" {
  source               = "../../modules/api-gateway"
  name                 = local.name
  lambda_invoke_arn    = module.lambda.api_alias_invoke_arn
  lambda_function_name = module.lambda.api_function_name
  lambda_alias_name    = module.lambda.api_alias_name
  throttle_rate_limit  = var.api_throttle_rate
  throttle_burst_limit = var.api_throttle_burst
  execution_log_level  = var.api_execution_log_level
  log_retention_days   = var.log_retention_days
  tags                 = local.tags
}

module "s3_website" {
  source                      = "../../modules/s3-website"
  bucket_name                 = "${local.name}-web-${data.aws_caller_identity.current.account_id}"
  cloudfront_distribution_arn = module.cloudfront.distribution_arn
  force_destroy               = var.force_destroy
  tags                        = local.tags
}

module "cloudfront" {
  source                      = "../../modules/cloudfront"
  name                        = local.name
  bucket_regional_domain_name = module.s3_website.bucket_regional_domain_name
  api_domain_name             = module.api_gateway.domain_name
  api_stage_name              = module.api_gateway.stage_name
  aliases                     = [var.domain_name]
  acm_certificate_arn         = module.security.certificate_arn
  web_acl_arn                 = module.security.web_acl_arn
  viewer_request_lambda_arn   = module.lambda.viewer_request_qualified_arn
  origin_request_lambda_arn   = module.lambda.origin_request_qualified_arn
  logs_bucket_domain_name     = module.s3_website.logs_bucket_domain_name
  tags                        = local.tags
}

module "networking" {
  source                    = "../../modules/networking"
  hosted_zone_id            = var.hosted_zone_id
  domain_name               = var.domain_name
  cloudfront_domain_name    = module.cloudfront.domain_name
  cloudfront_hosted_zone_id = module.cloudfront.hosted_zone_id
}

module "monitoring" {
  source              = "../../modules/monitoring"
  name                = local.name
  api_name            = local.name
  alarm_subscribers   = var.alarm_subscribers
  alarms_unwatched    = var.alarms_unwatched
  dashboard_body_path = "${path.root}/../../../monitoring/dashboard.json"
  # The insights' stream function and its failure queue, watched by two alarms.
  insights_function_name      = module.lambda.insights_function_name
  insights_failure_queue_name = module.lambda.insights_failure_queue_name
  tags                        = local.tags
}
