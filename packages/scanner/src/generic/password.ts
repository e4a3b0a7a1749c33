import { fake } from '@unleak/core';
import { DB_CONTEXT } from './db-scope.js';
import type { GenericRule } from './rule.js';

const password = fake.password(16, 'generic-password');

/** `password`, `passwd`, `pwd`, `pass`, `passphrase` assignments in any syntax. */
export const genericPassword: GenericRule = {
  id: 'generic-password',
  title: 'Hardcoded password',
  role: 'secret',
  kind: 'password',
  sensitivity: 'high',
  store: 'ssm-secure',
  key: /(?:password|passwd|passphrase|passwort|contrasena|motdepasse)(?:_|$)|(?:^|_)(?:pwd|pass|pw|passw)(?:_|$)|pass(?:word|wd)?$/,
  values: 'strict',
  minLength: 4,
  minEntropy: 1.9,
  refine: [{ when: DB_CONTEXT, kind: 'db-password', store: 'secrets-manager' }],
  samples: {
    match: [
      { file: '.env', text: `DB_HOST=db.internal\nDB_PASSWORD=${password}\n` },
      { file: 'docker-compose.yml', text: `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${password}\n` },
      { file: 'docker-compose.yml', text: `services:\n  db:\n    environment:\n      - MYSQL_ROOT_PASSWORD=${password}\n` },
      { file: 'src/config.ts', text: `export const config = {\n  dbPassword: '${password}',\n};\n` },
      { file: 'app/settings.py', text: `connect(host="db", password="${password}")\n` },
      { file: 'main.go', text: `var cfg = Config{Password: "${password}"}\n` },
      { file: 'src/main/java/App.java', text: `ds.setPassword("${password}");\n` },
      { file: 'config/database.php', text: `return ['password' => '${password}'];\ndefine('DB_PASSWORD', '${password}');\n` },
      { file: 'src/main/resources/application.properties', text: `spring.datasource.username=app\nspring.datasource.password=${password}\n` },
      { file: 'config.ini', text: `[database]\nuser = app\npassword = ${password}\n` },
      { file: 'Cargo.toml', text: `[db]\npassword = "${password}"\n` },
      { file: 'web.config', text: `<appSettings>\n  <add key="DbPassword" value="${password}" />\n</appSettings>\n` },
      { file: 'Dockerfile', text: `FROM node:20\nENV DB_PASSWORD=${password}\n` },
      { file: 'main.tf', text: `resource "aws_db_instance" "main" {\n  username = "app"\n  password = "${password}"\n}\n` },
      { file: 'k8s/deploy.yaml', text: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: DB_PASSWORD\n              value: "${password}"\n` },
      { file: 'lib/client.rb', text: `client = Client.new(:password => '${password}')\n` },
      { file: 'src/db.js', text: `const pass = process.env.DB_PASS ?? '${password}';\n` },
      { file: '.netrc', text: `machine api.acme.io login deploy password ${password}\n` },
      { file: 'appsettings.json', text: `{"ConnectionStrings": {"Default": "Server=db;Database=shop;User Id=app;Password=${password};"}}` },
      { file: 'notes.txt', text: `staging box\npasswd = ${fake.password(30, 'notes-passwd')}\n` },
      { file: 'README.md', text: `Restore with:\n\n    PGPASSWORD=${password} psql -h db.internal -U app shop\n` },
      { file: 'notes.txt', text: `PG_USERNAME=root. PG_PASSWORD=${password}\n` },
      { file: 'deploy.sh', text: `PG_USERNAME=root PG_PASSWORD=${password} ./migrate.sh\n` },
    ],
    noMatch: [
      { file: '.env', text: 'DB_PASSWORD=\nDB_PASSWORD_FILE=/run/secrets/db\n' },
      { file: '.env', text: 'PASSWORD=changeme\nADMIN_PASSWORD=${ADMIN_PASSWORD}\n' },
      { file: 'src/config.ts', text: "const password = process.env.DB_PASSWORD;\nconst passwordField = 'password';\n" },
      { file: 'src/config.ts', text: "const password = config.password;\nconst pwd = getPassword();\n" },
      { file: 'app/settings.py', text: 'PASSWORD = os.environ["DB_PASSWORD"]\npassword_reset_url = "https://example.org/reset"\n' },
      { file: 'config.yml', text: 'password: true\nmin_password_length: 12\npassword: 123456\n' },
      { file: 'config.yml', text: 'password: "{{ db_password }}"\npassword: "%(db_password)s"\n' },
      { file: 'config.yml', text: 'password: vault:secret/data/db#password\npassword: arn:aws:secretsmanager:eu-west-1:1:secret:db\n' },
      { file: 'form.tsx', text: "<input type='password' placeholder='Enter your password' />\nconst label = { password: 'Password' };\n" },
      { file: 'src/app.go', text: 'password := os.Getenv("DB_PASSWORD")\n' },
      { file: 'App.java', text: 'String password = System.getenv("DB_PASSWORD");\n' },
      { file: 'app.rb', text: "password = ENV['DB_PASSWORD']\n" },
      { file: 'app.py', text: 'password = "<your-password>"\nPASSWORD = "********"\n' },
      { file: 'notes.txt', text: 'Password: ask the on-call engineer for it\nThe default password=admin until first login.\n' },
      { file: 'README.md', text: 'password: Required\nPuttyPassword=0\npasswordVariable: \'PASSWORD\'\n' },
    ],
  },
};
