# The journeys table, with the key schema services/api/src/store/dynamodb-store.ts expects
# (JOURNEY_TABLE_SCHEMA): one partition per journey, a visitor index, an event-type index,
# and TTL on abandoned journeys.
resource "aws_dynamodb_table" "journeys" {
  name                        = var.table_name
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "pk"
  range_key                   = "sk"
  deletion_protection_enabled = var.deletion_protection
  # New items only, for the insights' stream Lambda (it counts the events into daily rollups).
  stream_enabled   = true
  stream_view_type = "NEW_IMAGE"

  attribute {
    name = "pk"
    type = "S"
  }
  attribute {
    name = "sk"
    type = "S"
  }
  attribute {
    name = "visitor"
    type = "S"
  }
  attribute {
    name = "updatedKey"
    type = "S"
  }
  attribute {
    name = "type"
    type = "S"
  }

  global_secondary_index {
    name               = "visitor-updated"
    hash_key           = "visitor"
    range_key          = "updatedKey"
    projection_type    = "INCLUDE"
    non_key_attributes = ["id", "seed", "turn", "ending", "createdAt", "updatedAt"]
  }

  global_secondary_index {
    name            = "event-type"
    hash_key        = "type"
    range_key       = "sk"
    projection_type = "ALL"
  }

  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }

  # Always on, in every environment: 35 days of restore points cost little next to a lost story.
  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  tags = var.tags
}

# The insights' daily rollups (services/api/src/store/dynamodb-rollups.ts, ROLLUP_TABLE_SCHEMA):
# a counter per day, metric and key, and a marker per counted event that expires after a week,
# by which time the stream can no longer redeliver it.
resource "aws_dynamodb_table" "insights" {
  name                        = "${var.table_name}-insights"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "pk"
  range_key                   = "sk"
  deletion_protection_enabled = var.deletion_protection

  attribute {
    name = "pk"
    type = "S"
  }
  attribute {
    name = "sk"
    type = "S"
  }

  ttl {
    attribute_name = "expiresAt"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  tags = var.tags
}
