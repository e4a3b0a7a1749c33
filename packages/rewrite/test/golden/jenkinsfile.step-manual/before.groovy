pipeline {
  agent any
  stages {
    stage('db') {
      steps {
        sh "psql postgres://ci:hunter2-fake-password@db/test"
      }
    }
  }
}
