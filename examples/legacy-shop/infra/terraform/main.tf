terraform {
  required_version = ">= 0.12"
  backend "s3" {
    bucket = "legacy-shop-tfstate"
    key    = "prod/terraform.tfstate"
    region = "eu-west-1"
  }
}

# Ops laptop credentials, pasted in during the 2017 outage.
provider "aws" {
  region     = var.region
  access_key = "{{fake:aws-access-key-id:tf1}}"
  secret_key = "{{fake:aws-secret-access-key:tf1}}"
}

resource "aws_db_subnet_group" "shop" {
  name       = "shop-${var.environment}"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "shop" {
  identifier             = "shop-${var.environment}"
  engine                 = "postgres"
  engine_version         = "11.22"
  instance_class         = "db.t3.medium"
  allocated_storage      = 100
  db_name                = "shop"
  username               = "shop_admin"
  password               = "{{fake:password:rds}}"
  db_subnet_group_name   = aws_db_subnet_group.shop.name
  skip_final_snapshot    = false
  backup_retention_period = 7
  tags = {
    Team = "ops"
  }
}

resource "aws_elasticache_cluster" "redis" {
  cluster_id      = "shop-${var.environment}"
  engine          = "redis"
  node_type       = "cache.t3.small"
  num_cache_nodes = 1
}

resource "datadog_monitor" "api_errors" {
  name    = "API 5xx rate"
  type    = "metric alert"
  query   = "sum(last_5m):sum:trace.http.request.errors{service:api}.as_count() > 50"
  message = "API errors are up @slack-ops"
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
}
