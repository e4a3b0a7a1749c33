pipeline {
  agent any
  environment {
    GITHUB_TOKEN = credentials('billing-default-github-token')
  }
  stages {
    stage('Build') {
      steps {
        sh './mvnw package'
      }
    }
  }
}
