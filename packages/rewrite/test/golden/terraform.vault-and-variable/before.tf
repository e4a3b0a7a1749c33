variable "db_password" {
  type    = string
  default = "hunter2-fake-password"
}

locals {
  url = "postgres://app:FAKE-not-a-real-key-0000@db/app"
}
