pipeline {
  agent any
  environment {
    REGISTRY_PASSWORD = credentials('ci-registry-password')
  }
  stages {
    stage('push') {
      steps {
        sh 'docker push shop/api'
      }
    }
  }
}
