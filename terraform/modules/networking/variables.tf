variable "hosted_zone_id" {
  description = "The Route53 hosted zone of the site's domain."
  type        = string
}

variable "domain_name" {
  description = "The site's domain name."
  type        = string
}

variable "cloudfront_domain_name" {
  description = "The distribution's cloudfront.net domain."
  type        = string
}

variable "cloudfront_hosted_zone_id" {
  description = "CloudFront's hosted zone id for alias records."
  type        = string
}
