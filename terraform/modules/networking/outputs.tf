output "fqdn" {
  description = "The site's fully qualified name."
  value       = aws_route53_record.site["A"].fqdn
}
