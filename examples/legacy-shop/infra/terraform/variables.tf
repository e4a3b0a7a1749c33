variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "private_subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

variable "datadog_api_key" {
  type    = string
  default = "{{fake:datadog-api-key:tf}}"
}

variable "datadog_app_key" {
  type        = string
  description = "Datadog application key; set TF_VAR_datadog_app_key"
  sensitive   = true
}
