# prod values
region      = "eu-west-1"
slack_token = "FAKE-slack-token-0000" # from the ops vault
aws_secret  = "FAKE-aws-secret-key-0000"
tags = {
  api_key = "FAKE-nested-api-key-0000"
}
