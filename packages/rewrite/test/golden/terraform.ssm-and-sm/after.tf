resource "aws_db_instance" "main" {
  engine   = "postgres"
  password = data.aws_ssm_parameter.shop_prod_db_password.value # legacy
}

resource "aws_lambda_function" "api" {
  environment {
    variables = {
      API_KEY = jsondecode(data.aws_secretsmanager_secret_version.shop_prod_api.secret_string)["key"]
    }
  }
}

data "aws_ssm_parameter" "shop_prod_db_password" {
  name = "/shop/prod/db-password"
}

data "aws_secretsmanager_secret_version" "shop_prod_api" {
  secret_id = "shop/prod/api"
}
