pipeline {
  agent any
  environment {
    REGISTRY_PASSWORD = 'FAKE-not-a-real-key-0000'
  }
  stages {
    stage('push') {
      steps {
        sh 'docker push shop/api'
      }
    }
  }
}
