import type { Detection, SecretKind } from '@unleak/core';

/**
 * What a finding is, refined from the scanner's first guess. Specific provider rules keep their kind;
 * generic rules (a `password` key, a Kubernetes `Secret.data` entry, a CloudFormation NoEcho default)
 * are refined from the key name and the enclosing structure, because `DB_PASSWORD` and `SMTP_PASSWORD`
 * deserve different stores.
 */
interface KindByRule {
  rule: RegExp;
  kind: SecretKind;
}

const KIND_BY_RULE: KindByRule[] = [
  { rule: /^aws-access-key(-id)?$/, kind: 'aws-access-key' },
  { rule: /^aws-secret(-access)?-key$/, kind: 'aws-secret-key' },
  { rule: /^aws-session-token$/, kind: 'aws-session-token' },
  { rule: /^(postgres|postgresql|mysql|mariadb|mongodb|mongo|redis|mssql|sqlserver|oracle|jdbc)-url$/, kind: 'db-url' },
  { rule: /^(amqp|rabbitmq|kafka|nats)-url$/, kind: 'broker-url' },
  { rule: /^private-key/, kind: 'private-key' },
  { rule: /^stripe-(live|test|restricted)/, kind: 'payment-key' },
  { rule: /-webhook(-url)?$/, kind: 'webhook-url' },
  { rule: /^docker-login-password$/, kind: 'docker-password' },
  { rule: /^docker-login-username$/, kind: 'docker-username' },
  { rule: /^registry-url$/, kind: 'registry-url' },
];

/** Rules whose kind says little; the key decides. */
const GENERIC_RULE = /^(generic-|k8s-secret-data$|cloudformation-noecho-default$|terraform-provider-credential$|ansible-password$|docker-compose-|env-)/;
const GENERIC_KINDS = new Set<string>(['password', 'secret', 'config', 'username']);

/** A rule that matches by key name rather than by a provider's token format. */
export function isGenericRule(rule: string): boolean {
  return GENERIC_RULE.test(rule);
}

interface KindByKey {
  key: RegExp;
  kind: SecretKind;
  /** Only when the key or scope names a database / AWS (`secret_key` in `provider "aws"`). */
  needs?: 'db' | 'aws';
}

/** First match wins; keys are matched lower-cased with `.`/`-` turned into `_`. */
const KIND_BY_KEY: KindByKey[] = [
  { key: /(^|_)(aws_)?secret_access_key$|^aws_secret_key$/, kind: 'aws-secret-key' },
  { key: /(^|_)(aws_)?access_key_id$|^aws_access_key$/, kind: 'aws-access-key' },
  { key: /^secret_key$/, kind: 'aws-secret-key', needs: 'aws' },
  { key: /^access_key$/, kind: 'aws-access-key', needs: 'aws' },
  { key: /(^|_)(database|db|jdbc|datasource|postgres|postgresql|pg|mysql|mongo|mongodb|redis)_?(url|uri|dsn)$|^dsn$|connection_?string/, kind: 'db-url' },
  { key: /(^|_)(amqp|rabbitmq|broker|celery_broker|kafka)_?(url|uri)$/, kind: 'broker-url' },
  { key: /(^|_)(private_?key|ssh_?key|tls_?key|ssl_?key|signing_?key_pem)$|\.pem$/, kind: 'private-key' },
  { key: /(^|_)(cert|certificate|tls_?crt|ssl_?cert)$/, kind: 'certificate' },
  { key: /webhook_?url|hook_?url|webhook$/, kind: 'webhook-url' },
  { key: /webhook_?secret|signing_?secret/, kind: 'webhook-secret' },
  { key: /jwt_?secret|jwt_?key|session_?secret|secret_?key_?base|token_?secret|cookie_?secret|^secret_key$|signing_?key$/, kind: 'jwt-secret' },
  { key: /client_?secret|oauth_?secret|consumer_?secret|app_?secret/, kind: 'oauth-secret' },
  { key: /stripe|payment|braintree|adyen|paypal/, kind: 'payment-key' },
  { key: /pass(word|wd)?$|pwd$|^pass$|master_?user_?password|_pw$/, kind: 'db-password', needs: 'db' },
  { key: /pass(word|wd)?$|pwd$|^pass$|_pw$|password/, kind: 'password' },
  { key: /(^|_)(registry|docker_?registry|registry_?url|image_?registry)$/, kind: 'registry-url' },
  { key: /(^|_)(user|username|user_?name|login|master_?username)$/, kind: 'db-username', needs: 'db' },
  { key: /(^|_)(user|username|user_?name|login)$/, kind: 'username' },
  { key: /(^|_)(host|hostname|server|endpoint|address)$/, kind: 'hostname' },
  { key: /(^|_)port$/, kind: 'port' },
  { key: /(^|_)(db_?name|database_?name|database|dbname|schema)$/, kind: 'db-name', needs: 'db' },
  { key: /api_?key|apikey|api_?token|access_?token|auth_?token|bearer|(^|_)token$/, kind: 'api-key' },
  { key: /secret/, kind: 'secret' },
];

const DB_WORDS = /(^|[^a-z])(dbs?|databases?|datasources?|postgres|postgresql|pg|psql|mysql|mariadb|mongo|mongodb|rds|aurora|redshift|sql|mssql|oracle|jdbc)([^a-z]|$)|^pgpass|^mysql_pwd|aws_db_instance|aws_rds_cluster|dbinstance|dbcluster|aws::rds|master_?user/;

/** `DBPassword` → `db_password`, `spring.datasource.password` → `spring_datasource_password`. */
export function normalisedKey(key: string | undefined): string {
  return (key ?? '')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[.\-\s]+/g, '_');
}

/** True when the key, scope or file names a database (`DB_PASSWORD`, `resource "aws_db_instance"`, `services.postgres`). */
const DB_SIBLINGS = { host: /(^|_)(host|hostname|server|endpoint)$/, dbname: /(^|_)(database|db_?name|dbname|schema)$/ };

/** Keys of one group that describe a database connection: a host and a database name (a mail server has a host and port too). */
export function looksLikeDatabase(keys: Array<string | undefined>): boolean {
  const ks = keys.map(normalisedKey);
  return ks.some((k) => DB_SIBLINGS.host.test(k)) && ks.some((k) => DB_SIBLINGS.dbname.test(k));
}

export function mentionsDatabase(d: Detection): boolean {
  const scope = (d.context.scope ?? []).join(' ').toLowerCase();
  return DB_WORDS.test(normalisedKey(d.context.key)) || DB_WORDS.test(scope) || d.parts?.engine !== undefined;
}

/**
 * `siblingsLookLikeDatabase`: the finding's group (one YAML map, one .env cluster) also holds a host and a
 * port or database name, so a bare `password` there is a database password.
 */
export function inferKind(d: Detection, siblingsLookLikeDatabase = false): SecretKind {
  const byRule = KIND_BY_RULE.find((r) => r.rule.test(d.rule));
  if (byRule) return byRule.kind;
  const generic = isGenericRule(d.rule) || GENERIC_KINDS.has(d.kind);
  if (!generic) return d.kind;
  const key = normalisedKey(d.context.key);
  if (key === '') return d.kind;
  const db = siblingsLookLikeDatabase || mentionsDatabase(d);
  const aws = /(^|[^a-z])aws([^a-z]|$)/.test(`${d.rule} ${(d.context.scope ?? []).join(' ').toLowerCase()}`);
  const byKey = KIND_BY_KEY.find((k) => k.key.test(key) && (k.needs === undefined || (k.needs === 'db' ? db : aws)));
  return byKey?.kind ?? d.kind;
}

/** Kinds that are configuration next to a secret, not secrets: free Parameter Store String. */
export const CONFIG_KINDS = new Set<string>(['registry-url', 'username', 'docker-username', 'db-username', 'hostname', 'port', 'db-name', 'config']);

const LABELS: Record<string, string> = {
  'aws-access-key': 'AWS access key id',
  'aws-secret-key': 'AWS secret access key',
  'aws-session-token': 'AWS session token',
  'cloud-credential': 'cloud credential',
  'api-key': 'API key',
  'payment-key': 'payment API key',
  'access-token': 'access token',
  'oauth-secret': 'OAuth client secret',
  'webhook-url': 'webhook URL',
  'webhook-secret': 'webhook signing secret',
  'private-key': 'private key',
  certificate: 'certificate',
  jwt: 'JSON Web Token',
  'jwt-secret': 'token signing secret',
  'db-password': 'database password',
  'db-url': 'database connection string',
  'db-username': 'database username',
  'broker-url': 'message broker URL with credentials',
  'basic-auth-url': 'URL with embedded credentials',
  password: 'password',
  secret: 'secret',
  'registry-token': 'package registry token',
  'docker-password': 'Docker registry password',
  'docker-username': 'Docker registry username',
  'registry-url': 'registry URL',
  username: 'username',
  hostname: 'hostname',
  port: 'port',
  'db-name': 'database name',
  config: 'configuration value',
};

export function kindLabel(kind: SecretKind): string {
  return LABELS[kind] ?? kind.replace(/-/g, ' ');
}
