import { fake } from '@unleak/core';
import type { GenericRule } from './rule.js';

const password = fake.password(16, 'db-config');
const compose = `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_DB: orders\n      POSTGRES_HOST: db.internal\n      POSTGRES_PORT: 5432\n      POSTGRES_PASSWORD: ${password}\n`;
const tf = `resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  db_name  = "orders"\n  username = "shop"\n  port     = 5432\n  password = "${password}"\n}\n`;
const withoutSecret = 'services:\n  db:\n    environment:\n      POSTGRES_USER: shop\n      POSTGRES_DB: orders\n      POSTGRES_HOST: db.internal\n      POSTGRES_PORT: 5432\n';

/** What a plausible value of each member looks like; switches (`CUSTOMER_USER=true`) and bare numbers are not. */
const USER_NAME = /^(?!(?:true|false|yes|no|on|off|null|none)$)[A-Za-z_][\w.@+-]{0,63}$/i;
const HOST = /^(?!(?:true|false|yes|no|on|off|null|none)$)(?!\d+$)(?:[a-z][a-z0-9+.-]{0,20}:\/\/\S{1,200}|[\w-][\w.-]{0,252}(?::\d{1,5})?(?:,\d{1,5})?|\[[\dA-Fa-f:.]{2,45}\](?::\d{1,5})?)$/i;
const PORT = /^\d{1,5}$/;
const DB_NAME = /^(?!(?:true|false|yes|no|on|off|null|none)$)[A-Za-z_][\w.$-]{0,127}$/i;

/** Settings that travel with a credential (reported only when their group holds a secret). */
const config = (id: string, title: string, kind: string, key: RegExp, shape: RegExp): Omit<GenericRule, 'samples'> => ({
  id,
  title,
  role: 'config',
  kind,
  sensitivity: 'low',
  store: 'ssm-string',
  key,
  values: 'config',
  minLength: 1,
  minEntropy: 0,
  shape,
});

export const dbUsername: GenericRule = {
  ...config('db-username', 'User name beside a credential', 'username', /(?:^|_)(?:user|username|user_name|login|uid|user_id|master_username|admin_user|admin_username)$/, USER_NAME),
  samples: { match: [{ file: 'docker-compose.yml', text: compose }, { file: 'main.tf', text: tf }], noMatch: [{ file: 'docker-compose.yml', text: withoutSecret }] },
};

export const dbHost: GenericRule = {
  ...config('db-host', 'Host beside a credential', 'hostname', /(?:^|_)(?:host|hostname|server|endpoint|address|addr|data_source)$/, HOST),
  samples: { match: [{ file: 'docker-compose.yml', text: compose }], noMatch: [{ file: 'docker-compose.yml', text: withoutSecret }] },
};

export const dbPort: GenericRule = {
  ...config('db-port', 'Port beside a credential', 'port', /(?:^|_)port$/, PORT),
  samples: { match: [{ file: 'docker-compose.yml', text: compose }, { file: 'main.tf', text: tf }], noMatch: [{ file: 'docker-compose.yml', text: withoutSecret }] },
};

export const dbName: GenericRule = {
  ...config('db-name', 'Database name beside a credential', 'db-name', /(?:^|_)(?:db|dbname|db_name|database|database_name|initial_catalog|schema_name)$/, DB_NAME),
  samples: { match: [{ file: 'docker-compose.yml', text: compose }, { file: 'main.tf', text: tf }], noMatch: [{ file: 'docker-compose.yml', text: withoutSecret }] },
};
