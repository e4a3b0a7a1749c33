pipeline {
  agent any
  stages {
    stage('db') {
      steps {
        withCredentials([string(credentialsId: 'ci-db-password', variable: 'CI_DB_PASSWORD')]) {
          sh "psql postgres://ci:\${CI_DB_PASSWORD}@db/test"
        }
        withCredentials([string(credentialsId: 'ci-slack-token', variable: 'SLACK_TOKEN')]) {
          sh(script: "curl -H 'Authorization: Bearer '"\${SLACK_TOKEN}"'' https://slack.example/api")
        }
        withCredentials([string(credentialsId: 'ci-api-token', variable: 'API_TOKEN')]) {
          sh 'deploy --token ${API_TOKEN}'
        }
        withCredentials([string(credentialsId: 'ci-mysql-username', variable: 'MYSQL_USERNAME'), string(credentialsId: 'ci-mysql-password', variable: 'MYSQL_PASSWORD')]) {
          sh "mysql -u \${MYSQL_USERNAME} -p\${MYSQL_PASSWORD} sales"
        }
        echo "not a shell step FAKE-elsewhere-0000"
      }
    }
  }
}
