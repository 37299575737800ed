variable "name" {
  description = "Name prefix for the distribution's policies, e.g. liminal-production."
  type        = string
}

variable "bucket_regional_domain_name" {
  description = "The web app bucket's REST endpoint (from the s3-website module)."
  type        = string
}

variable "api_domain_name" {
  description = "The REST API's execute-api domain, without scheme or path."
  type        = string

  validation {
    condition     = can(regex("\\.execute-api\\.[a-z0-9-]+\\.amazonaws\\.com$", var.api_domain_name))
    error_message = "Expected an API Gateway domain such as abc123.execute-api.eu-west-1.amazonaws.com."
  }
}

variable "api_stage_name" {
  description = "The API stage, sent as the API origin's path."
  type        = string
}

variable "aliases" {
  description = "Domain names for the distribution (a certificate is required: the default one cannot enforce TLS 1.2)."
  type        = list(string)

  validation {
    condition     = length(var.aliases) > 0
    error_message = "Give at least one domain name."
  }
}

variable "acm_certificate_arn" {
  description = "ACM certificate in us-east-1 covering the aliases."
  type        = string

  validation {
    condition     = can(regex("^arn:aws:acm:us-east-1:", var.acm_certificate_arn))
    error_message = "CloudFront needs an ACM certificate in us-east-1."
  }
}

variable "web_acl_arn" {
  description = "The CLOUDFRONT-scope WAF web ACL to attach."
  type        = string
}

variable "viewer_request_lambda_arn" {
  description = "Qualified (versioned) ARN of the viewer-request A/B router."
  type        = string
}

variable "origin_request_lambda_arn" {
  description = "Qualified (versioned) ARN of the origin-request signer for /api/*."
  type        = string
}

variable "logs_bucket_domain_name" {
  description = "Bucket domain for CloudFront standard logs."
  type        = string
}

variable "content_security_policy" {
  description = "The Content-Security-Policy, the same as the app sends (services/api/src/http/security-headers.ts)."
  type        = string
  default     = "default-src 'self'; script-src 'self' 'sha256-Gum+3KeL6Uelwv5aCRi9ipO4amkPTQUqpQpJLSjRaOU='; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
}

variable "opening_cache_seconds" {
  description = "How long the deterministic opening-beat GET is cached at the edge."
  type        = number
  default     = 86400
}

variable "price_class" {
  description = "CloudFront price class."
  type        = string
  default     = "PriceClass_100"

  validation {
    condition     = contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.price_class)
    error_message = "One of PriceClass_100, PriceClass_200, PriceClass_All."
  }
}

variable "tags" {
  description = "Tags for every resource."
  type        = map(string)
  default     = {}
}
