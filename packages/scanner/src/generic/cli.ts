import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

const LOGIN_SCOPE = /(?:^| > )\$ (?:docker|podman|nerdctl|buildah|skopeo|helm|oras)(?: registry)? login$/;
const password = fake.password(20, 'cli-docker');

/** Credentials passed on a command line: `docker login -u U -p P REGISTRY`, `mysql -pP`, `--password X`. */
export const dockerLoginPassword: GenericRule = {
  id: 'docker-login-password',
  title: 'Registry password passed to docker login',
  role: 'secret',
  kind: 'docker-password',
  sensitivity: 'high',
  store: 'ssm-secure',
  key: /^password$/,
  scope: LOGIN_SCOPE,
  values: 'strict',
  minLength: 6,
  minEntropy: 2.5,
  samples: {
    match: [
      { file: 'deploy.sh', text: `docker login -u ci-bot -p ${password} registry.example.org\n` },
      { file: '.github/workflows/ci.yml', text: `jobs:\n  push:\n    steps:\n      - run: |\n          docker login --username ci --password '${password}' ghcr.io\n` },
      { file: 'Jenkinsfile', text: `sh "docker login -u ci -p ${password} reg.internal"\n` },
    ],
    noMatch: [
      { file: 'deploy.sh', text: 'docker login -u ci -p "$REGISTRY_PASSWORD" registry.example.org\n' },
      { file: 'deploy.sh', text: 'echo "$PW" | docker login -u ci --password-stdin registry.example.org\n' },
      { file: '.gitlab-ci.yml', text: 'build:\n  script:\n    - docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" $CI_REGISTRY\n' },
    ],
  },
};

export const dockerLoginUsername: GenericRule = {
  id: 'docker-login-username',
  title: 'Registry user name beside a docker login password',
  role: 'config',
  kind: 'docker-username',
  sensitivity: 'low',
  store: 'ssm-string',
  key: /^username$/,
  scope: LOGIN_SCOPE,
  values: 'config',
  minLength: 1,
  minEntropy: 0,
  samples: {
    match: [{ file: 'deploy.sh', text: `docker login -u ci-bot -p ${password} registry.example.org\n` }],
    noMatch: [{ file: 'deploy.sh', text: 'docker login -u ci-bot -p "$PASSWORD" registry.example.org\n' }],
  },
};

export const registryUrl: GenericRule = {
  id: 'registry-url',
  title: 'Registry address beside a docker login password',
  role: 'config',
  kind: 'registry-url',
  sensitivity: 'low',
  store: 'ssm-string',
  key: /^registry$/,
  scope: LOGIN_SCOPE,
  values: 'config',
  minLength: 1,
  minEntropy: 0,
  samples: {
    match: [{ file: 'deploy.sh', text: `docker login -u ci-bot -p ${password} registry.acme.io\n` }],
    noMatch: [{ file: 'deploy.sh', text: 'docker login registry.acme.io\n' }],
  },
};

export const cliPasswordFlag: GenericRule = {
  id: 'cli-password-flag',
  title: 'Password or token passed as a command-line flag',
  role: 'secret',
  kind: 'password',
  sensitivity: 'high',
  store: 'ssm-secure',
  key: /^(?:password|db_password|token|auth_token|access_token|api_key|secret|client_secret|secret_key|access_key)$/,
  scope: /(?:^| > )\$ [\w.-]+$/,
  values: 'strict',
  minLength: 6,
  minEntropy: 2.5,
  refine: [
    { when: /(?:^|_)(?:mysql|mysqldump|mysqladmin|mariadb|psql|pg_dump|mongo|mongosh|redis_cli|redis_server) /, kind: 'db-password', store: 'secrets-manager' },
    { when: /(?:^|_)(?:token|auth_token|access_token)$/, kind: 'access-token' },
    { when: /(?:^|_)(?:api_key)$/, kind: 'api-key' },
  ],
  samples: {
    match: [
      { file: 'backup.sh', text: `mysqldump -u backup -p${password} -h db.internal shop > dump.sql\n` },
      { file: 'backup.sh', text: `mysql --user=app --password='${password}' shop\n` },
      { file: 'upload.sh', text: `curl -u deploy:${password} https://repo.example.org/upload\n` },
      { file: 'ssh.sh', text: `sshpass -p '${password}' ssh ops@10.0.0.5\n` },
      { file: 'Dockerfile', text: `FROM alpine\nRUN ./install.sh --token ${fake.alnum(32, 'cli-token')} --quiet\n` },
      { file: 'deploy.sh', text: `vendorctl deploy --password=${password}\n` },
      { file: 'docker-compose.yml', text: `services:\n  redis:\n    command: ["redis-server", "--requirepass", "${password}"]\n` },
      { file: 'session.sh', text: `sh-5.0$ curl -k -X POST https://cache:11222/rest \\\n  -H 'Content-type: text/plain' \\\n  -u developer:${password}\n` },
      { file: 'search.sh', text: `curl -u "${fake.password(12, 'curl-key')}:" https://localhost:9200\n` },
      { file: 'patch.sh', text: `curl --user kevin:'${password}' -iX PATCH -H "Content-Type: application/json"\n` },
      { file: 'translate.sh', text: `curl -X POST --user "{${fake.hex(8, 'curl-id')}}":"{${password}}" --header "Accept: application/json" https://api.example.org\n` },
      { file: 'notes.txt', text: `mysql --user=doadmin --password=${password} --host=db.internal\n` },
      { file: 'release.sh', text: `vendorctl publish --secret ${fake.alnum(24, 'cli-secret')}\n` },
    ],
    noMatch: [
      { file: 'backup.sh', text: 'mysql -u root -p shop\n' },
      { file: 'backup.sh', text: 'mysql -u root -p"$MYSQL_PWD" shop\n' },
      { file: 'upload.sh', text: 'curl -u "$USER:$PASS" https://repo.example.org/upload\n' },
      { file: 'deploy.sh', text: 'vendorctl deploy --password=${{ secrets.DEPLOY_PASSWORD }}\n' },
      { file: 'deploy.sh', text: 'vendorctl deploy --token-file /run/secrets/token\n' },
      { file: 'docker-compose.yml', text: 'services:\n  web:\n    command: ["serve", "-p", "8080:80", "--requirepass", "${REDIS_PASSWORD}"]\n' },
      { file: 'translate.sh', text: 'curl -X POST --user "{id}":"{secret}" --header "Accept: application/json" https://api.example.org\n' },
      { file: 'search.sh', text: 'curl -u ":" https://localhost:9200\ncurl -u "myusername" https://localhost:9200\ncurl --user "username:password" https://x.test\n' },
      { file: 'ci.sh', text: 'curl -u "${{ steps.vault.outputs.account_id }}:${{ steps.vault.outputs.account_password }}" https://x.test\n' },
      // BuildKit / swarm secret mounts name a source; they are references, not values.
      { file: 'build.sh', text: 'docker build --secret id=django_secret_key,env=DJANGO_SECRET_KEY -t web .\n' },
      { file: 'build.sh', text: 'podman build --secret=id=npmrc,src=.npmrc,type=file .\n' },
      { file: 'run.sh', text: 'docker run --secret source=db_password_v2,target=db_password api\ndocker service create --secret prod_db_password_2024 api\n' },
      { file: 'build.sh', text: 'buildctl build --frontend dockerfile.v0 --secret id=aws_creds,src=/home/ci/.aws/credentials\n' },
    ],
  },
};
