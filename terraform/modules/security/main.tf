# Certificate and WAF for CloudFront (both must be in us-east-1), the WAF's request log, the
# narrator configuration parameter, and the provider keys secret under its own customer key (its
# value is set outside Terraform, so keys never enter the state).

data "aws_caller_identity" "current" {}

resource "aws_acm_certificate" "site" {
  provider          = aws.us_east_1
  domain_name       = var.domain_name
  validation_method = "DNS"
  tags              = var.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_route53_record" "certificate_validation" {
  for_each = {
    for option in aws_acm_certificate.site.domain_validation_options : option.domain_name => {
      name   = option.resource_record_name
      type   = option.resource_record_type
      record = option.resource_record_value
    }
  }
  zone_id         = var.hosted_zone_id
  name            = each.value.name
  type            = each.value.type
  records         = [each.value.record]
  ttl             = 300
  allow_overwrite = true
}

resource "aws_acm_certificate_validation" "site" {
  provider                = aws.us_east_1
  certificate_arn         = aws_acm_certificate.site.arn
  validation_record_fqdns = [for record in aws_route53_record.certificate_validation : record.fqdn]

  # DNS validation through a delegated public zone takes minutes; waiting the default 75 for one
  # that cannot validate (a zone the registrar does not point to) only delays the error.
  timeouts {
    create = "30m"
  }
}

resource "aws_wafv2_web_acl" "site" {
  provider    = aws.us_east_1
  name        = "${var.name}-web"
  description = "Managed common rules, known bad inputs, and a per-IP rate limit."
  scope       = "CLOUDFRONT"
  tags        = var.tags

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-aws-common"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "aws-known-bad-inputs"
    priority = 2
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-known-bad-inputs"
      sampled_requests_enabled   = true
    }
  }

  rule {
    name     = "rate-limit"
    priority = 3
    action {
      block {}
    }
    statement {
      rate_based_statement {
        limit              = var.rate_limit_per_5_minutes
        aggregate_key_type = "IP"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "${var.name}-rate-limit"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "${var.name}-web"
    sampled_requests_enabled   = true
  }
}

# WAF logs go to a CloudWatch log group in the web ACL's region whose name must start with
# aws-waf-logs-. Cookies are redacted: the visitor id is the only one, and it is personal.
resource "aws_cloudwatch_log_group" "waf" {
  provider          = aws.us_east_1
  name              = "aws-waf-logs-${var.name}"
  retention_in_days = var.log_retention_days
  tags              = var.tags
}

resource "aws_wafv2_web_acl_logging_configuration" "site" {
  provider                = aws.us_east_1
  resource_arn            = aws_wafv2_web_acl.site.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]

  # No visitor ids, signatures or operators' tokens in the logs.
  redacted_fields {
    single_header {
      name = "cookie"
    }
  }
  redacted_fields {
    single_header {
      name = "authorization"
    }
  }
  redacted_fields {
    single_header {
      name = "x-liminal-operator-token"
    }
  }
}

resource "aws_ssm_parameter" "narrator_config" {
  name        = "/${var.name}/narrators"
  description = "The narrator chain (the design brief's AI_PROVIDER_CONFIG)."
  type        = "String"
  value       = var.narrator_config
  tags        = var.tags
}

# The provider keys' own key: only this account's principals, and Secrets Manager on their
# behalf, may use it; rotated yearly.
data "aws_iam_policy_document" "provider_keys_key" {
  statement {
    sid       = "AccountAdministersTheKey"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}

resource "aws_kms_key" "provider_keys" {
  description             = "${var.name}: encrypts the narrator provider keys secret."
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.provider_keys_key.json
  tags                    = var.tags
}

resource "aws_kms_alias" "provider_keys" {
  name          = "alias/${var.name}-provider-keys"
  target_key_id = aws_kms_key.provider_keys.key_id
}

# The operators' token for the insights (GET /api/insights and the /insights page). Created without
# a value, like the provider keys: until an operator puts one (docs/aws.md, "Insights on AWS"), no
# token matches and the insights refuse everyone.
resource "aws_secretsmanager_secret" "insights_token" {
  name        = "${var.name}/insights-token"
  description = "The operators' token for the insights; the value is set outside Terraform."
  kms_key_id  = aws_kms_key.provider_keys.arn
  # A secret deleted with a recovery window keeps its name: an environment destroyed and created
  # again (a failed first apply retried) could not create it for that long.
  recovery_window_in_days = var.secret_recovery_window_days
  tags                    = var.tags
}

# Created without a value: until an operator puts one (docs/aws.md, "Narrators on AWS"), the API treats
# the secret as "no keyed providers" and narrates with Bedrock or the built-in storyteller.
resource "aws_secretsmanager_secret" "provider_keys" {
  name                    = "${var.name}/provider-keys"
  description             = "JSON object of provider keys by variable name; the value is set outside Terraform."
  kms_key_id              = aws_kms_key.provider_keys.arn
  recovery_window_in_days = var.secret_recovery_window_days
  tags                    = var.tags
}
