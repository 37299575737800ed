terraform {
  required_version = ">= 1.10.0, < 2.0.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }

  # Partial configuration: bucket, key and region come from backend.hcl (see backend.hcl.example),
  # which locks the state with an S3 lock file (use_lockfile, Terraform 1.10 or newer).
  backend "s3" {}
}
