pipeline {
  agent any
  stages {
    stage('db') {
      steps {
        sh "psql postgres://ci:hunter2-fake-password@db/test"
        sh(script: "curl -H 'Authorization: Bearer FAKE-slack-token-0000' https://slack.example/api")
        sh 'deploy --token FAKE-api-token-0000'
        sh "mysql -u FAKE-mysql-user -pFAKE-mysql-pass-0000 sales"
        echo "not a shell step FAKE-elsewhere-0000"
      }
    }
  }
}
