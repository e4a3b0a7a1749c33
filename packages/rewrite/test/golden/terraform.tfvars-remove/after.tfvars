# prod values
region      = "eu-west-1"
tags = {
  api_key = "FAKE-nested-api-key-0000"
}
