pipeline {
  agent any
  environment {
    AWS_ACCESS_KEY_ID = 'FAKEACCESSKEYID00000'
    AWS_SECRET_ACCESS_KEY = 'FAKE-aws-secret-key-0000'
    GITHUB_TOKEN = "FAKE-github-token-0000"
  }
  stages {
    stage('Build') {
      steps {
        sh './mvnw package'
      }
    }
  }
}
