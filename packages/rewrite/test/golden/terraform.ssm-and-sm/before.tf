resource "aws_db_instance" "main" {
  engine   = "postgres"
  password = "hunter2-fake-password" # legacy
}

resource "aws_lambda_function" "api" {
  environment {
    variables = {
      API_KEY = "FAKE-not-a-real-key-0000"
    }
  }
}
