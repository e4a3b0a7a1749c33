variable "db_password" {
  type    = string
}

locals {
  url = "postgres://app:${data.vault_kv_secret_v2.app_db.data["password"]}@db/app"
}

data "vault_kv_secret_v2" "app_db" {
  mount = "secret"
  name  = "app/db"
}
