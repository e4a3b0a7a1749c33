provider "aws" {
  region     = "eu-west-1"
  access_key = "FAKE-not-a-real-key-0000"
  secret_key = "hunter2-fake-password"
}
