# The distribution: the web app from the private bucket through Origin Access Control, and
# /api/* to API Gateway (declared here as a custom origin, https only, the stage as its path),
# signed at the edge for AWS_IAM. Writes are never cached; only the deterministic opening-beat
# GET has a cache policy, keyed on an allow-list of query parameters.

locals {
  s3_origin_id  = "web"
  api_origin_id = "api"

  # AWS-managed policies by their documented, fixed IDs (the same in every account): a lookup
  # by name would cost a data source per policy and cannot be planned against an emulator.
  managed_cache_policy = {
    caching_disabled  = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    caching_optimized = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }
  managed_origin_request_policy = {
    all_viewer_except_host_header = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
  }
}

# The single-page app's routes (/journey/..., /about) are not files: this rewrites any path whose
# last segment has no extension to /index.html, on the web behaviour only, so the API's errors
# and the WAF's blocks keep their status and body (a distribution-wide 403 -> index.html rule
# would turn them into 200 text/html).
resource "aws_cloudfront_function" "spa_routes" {
  name    = "${var.name}-spa-routes"
  runtime = "cloudfront-js-2.0"
  comment = "Serve index.html for the web app's routes."
  publish = true
  code    = file("${path.module}/spa-routes.js")
}

resource "aws_cloudfront_origin_access_control" "web" {
  name                              = "${var.name}-web"
  description                       = "CloudFront reads the web app bucket with SigV4."
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_cache_policy" "opening" {
  name        = "${var.name}-opening"
  comment     = "The opening beat of a seed is deterministic: cache it, keyed on the seed only."
  min_ttl     = 0
  default_ttl = var.opening_cache_seconds
  max_ttl     = var.opening_cache_seconds

  parameters_in_cache_key_and_forwarded_to_origin {
    enable_accept_encoding_brotli = true
    enable_accept_encoding_gzip   = true
    cookies_config {
      cookie_behavior = "none"
    }
    headers_config {
      header_behavior = "none"
    }
    query_strings_config {
      query_string_behavior = "whitelist"
      query_strings {
        items = ["seed"]
      }
    }
  }
}

resource "aws_cloudfront_response_headers_policy" "security" {
  name    = "${var.name}-security-headers"
  comment = "The same security headers the app sends locally."

  security_headers_config {
    content_security_policy {
      content_security_policy = var.content_security_policy
      override                = true
    }
    strict_transport_security {
      access_control_max_age_sec = 63072000
      include_subdomains         = true
      preload                    = true
      override                   = true
    }
    content_type_options {
      override = true
    }
    frame_options {
      frame_option = "DENY"
      override     = true
    }
    referrer_policy {
      referrer_policy = "no-referrer"
      override        = true
    }
  }
}

resource "aws_cloudfront_distribution" "site" {
  enabled             = true
  comment             = var.name
  aliases             = var.aliases
  default_root_object = "index.html"
  http_version        = "http2and3"
  is_ipv6_enabled     = true
  price_class         = var.price_class
  web_acl_id          = var.web_acl_arn
  tags                = var.tags

  origin {
    origin_id                = local.s3_origin_id
    domain_name              = var.bucket_regional_domain_name
    origin_access_control_id = aws_cloudfront_origin_access_control.web.id
  }

  origin {
    origin_id   = local.api_origin_id
    domain_name = var.api_domain_name
    origin_path = "/${var.api_stage_name}"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id           = local.s3_origin_id
    viewer_protocol_policy     = "redirect-to-https"
    allowed_methods            = ["GET", "HEAD", "OPTIONS"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = local.managed_cache_policy.caching_optimized
    response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id

    # No A/B router here: the bucket ignores its headers; the API sets the visitor cookie.
    function_association {
      event_type   = "viewer-request"
      function_arn = aws_cloudfront_function.spa_routes.arn
    }
  }

  # The cacheable GET: the opening beat of a seed.
  ordered_cache_behavior {
    path_pattern               = "/api/openings"
    target_origin_id           = local.api_origin_id
    viewer_protocol_policy     = "https-only"
    allowed_methods            = ["GET", "HEAD"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = aws_cloudfront_cache_policy.opening.id
    response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id

    lambda_function_association {
      event_type   = "origin-request"
      lambda_arn   = var.origin_request_lambda_arn
      include_body = false
    }
  }

  # Everything else under /api: never cached, all viewer headers but Host, signed with the body.
  ordered_cache_behavior {
    path_pattern               = "/api/*"
    target_origin_id           = local.api_origin_id
    viewer_protocol_policy     = "https-only"
    allowed_methods            = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = local.managed_cache_policy.caching_disabled
    origin_request_policy_id   = local.managed_origin_request_policy.all_viewer_except_host_header
    response_headers_policy_id = aws_cloudfront_response_headers_policy.security.id

    lambda_function_association {
      event_type   = "viewer-request"
      lambda_arn   = var.viewer_request_lambda_arn
      include_body = false
    }

    lambda_function_association {
      event_type   = "origin-request"
      lambda_arn   = var.origin_request_lambda_arn
      include_body = true
    }
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = var.acm_certificate_arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }

  logging_config {
    bucket          = var.logs_bucket_domain_name
    prefix          = "cloudfront/"
    include_cookies = false
  }
}
