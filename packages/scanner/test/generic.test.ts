import { fake } from '@unleak/core';
import { describe, expect, it } from 'vitest';
import { extractAssignments, fileKindOf, genericCandidates, isPlaceholder } from '../src/extract/index.js';
import { normalizeKey, rejectReason } from '../src/generic/index.js';
import { genericPassword } from '../src/generic/password.js';
import type { Candidate, Fragment } from '../src/types.js';

function scan(file: string, text: string, isTest = false): Candidate[] {
  const fragment: Fragment = { file, text, fileKind: fileKindOf(file, text), isTest };
  return genericCandidates(fragment, extractAssignments(fragment));
}

const PLACEHOLDERS = [
  '', '   ', '${DB_PASSWORD}', '$DB_PASSWORD', '{{ db_password }}', '{{resolve:ssm:/x}}', '<your-token>', '<password>',
  'changeme', 'CHANGE_ME', 'change-me', 'xxxxxxxx', 'XXXX-XXXX', '********', '...', '…', 'placeholder', 'example',
  'my-example-key', 'dummy', 'REDACTED', 'your_api_key_here', 'YOUR_API_KEY', 'TODO', 'none', 'null', 'aaaaaaaa',
  '00000000', 'process.env.DB_PASSWORD', "os.environ['X']", 'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  '1234567890', '123456', 'abcdef', 'abcdefghij', '987654321', 'abcabcabc', '%(password)s', '#{password}',
];
const REAL = [fake.password(16, 'p1'), fake.alnum(32, 'p2'), fake.hex(40, 'p3'), 'hunter2', 'S3cure!pass', '8080', 'db.internal', 'Tr0ub4dor&3'];

describe('isPlaceholder', () => {
  it.each(PLACEHOLDERS.map((p) => [p]))('%j is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });
  it.each(REAL.map((p) => [p]))('%j is not a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});

describe('value filters for passwords', () => {
  const rejected: [string, string][] = [
    ['password', 'a word, not a credential'],
    ['true', 'a word, not a credential'],
    ['20240115', 'a number'],
    ['/run/secrets/db', 'a path'],
    ['./certs/key.pem', 'a path'],
    ['https://db.internal:5432/app', 'a URL without credentials'],
    ['config.password', 'an identifier reference'],
    ['self.password', 'an identifier reference'],
    ['getPassword()', 'an identifier reference'],
    ['os.Getenv("DB_PASSWORD")', 'placeholder'],
    ['System.getenv("DB_PASSWORD")', 'placeholder'],
    ["ENV['DB_PASSWORD']", 'placeholder'],
    ['vault:secret/data/db#password', 'secret-store reference'],
    ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:db', 'secret-store reference'],
    ['Enter your password here', 'prose'],
    ['Please enter a password', 'prose'],
    ['RSA PRIVATE KEY', 'contains whitespace'],
    ['secrets-manager', 'an identifier, not a credential'],
    ['requireEnv', 'an identifier, not a credential'],
    ['--user', 'a command-line flag'],
    ['[A-Za-z0-9._~+/=@-]', 'a pattern'],
  ];
  it.each(rejected)('%j is rejected (%s)', (value, reason) => {
    expect(rejectReason(value, 'password', genericPassword)).toBe(reason);
  });
  it('a lower-case word is a password in config but an enum value in code', () => {
    expect(rejectReason('postgres', 'POSTGRES_PASSWORD', genericPassword, 'docker-compose')).toBeUndefined();
    expect(rejectReason('medium', 'password', genericPassword, 'typescript')).toBe('a word in code');
  });

  it('keeps real passwords, including weak ones and credentialed URLs', () => {
    for (const value of ['hunter22', fake.password(12, 'x'), 'postgres://app:' + fake.alnum(12, 'u') + '@db/app']) {
      expect(rejectReason(value, 'password', genericPassword)).toBeUndefined();
    }
  });
});

describe('normalizeKey', () => {
  it.each([
    ['dbPassword', 'db_password'],
    ['DB_PASSWORD', 'db_password'],
    ['spring.datasource.password', 'spring_datasource_password'],
    ['api-key', 'api_key'],
    ['AWSSecretKey', 'aws_secret_key'],
  ])('%s → %s', (key, normalized) => expect(normalizeKey(key)).toBe(normalized));
});

describe('genericCandidates', () => {
  const pw = fake.password(18, 'generic-behaviour');

  it('sets context, kind and store, and keeps offsets on the value', () => {
    const text = `DB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD=${pw}\n`;
    const [secret] = scan('.env', text, true).filter((c) => c.ruleId === 'generic-password');
    expect(secret).toMatchObject({ secret: pw, kind: 'db-password', store: 'secrets-manager', sensitivity: 'high' });
    expect(text.slice(secret!.start, secret!.end)).toBe(pw);
    expect(secret!.context).toMatchObject({ fileKind: 'dotenv', key: 'DB_PASSWORD', scope: [], isTest: true });
    expect(secret!.context.groupId).toBeDefined();
    expect(secret!.parts).toEqual({ host: 'db.internal', username: 'app' });
  });

  it('drops a local host default beside an unrelated secret, keeps it beside a database password', () => {
    const key = fake.alnum(40, 'django-secret-key');
    const settings = `import os\nSECRET_KEY = "${key}"\nDB_HOST = os.getenv("DB_HOST", "localhost")\n`;
    expect(scan('shop/settings.py', settings).map((c) => c.ruleId)).not.toContain('db-host');
    const env = `DB_HOST=localhost\nDB_PASSWORD=${pw}\n`;
    expect(scan('.env', env).map((c) => c.ruleId)).toContain('db-host');
  });

  it('reports config members only when their group holds a secret', () => {
    const withSecret = scan('.env', `DB_HOST=db.internal\nDB_USER=app\nDB_PORT=5432\nDB_NAME=shop\nDB_PASSWORD=${pw}\n`);
    const config = withSecret.filter((c) => c.store === 'ssm-string');
    expect(config.map((c) => [c.ruleId, c.kind, c.secret, c.sensitivity])).toEqual([
      ['db-host', 'hostname', 'db.internal', 'low'],
      ['db-username', 'username', 'app', 'low'],
      ['db-port', 'port', '5432', 'low'],
      ['db-name', 'db-name', 'shop', 'low'],
    ]);
    expect(scan('.env', `DB_HOST=db.internal\nDB_USER=app\n\nDB_PASSWORD=${pw}\n`).map((c) => c.ruleId)).toEqual(['generic-password']);
    expect(scan('.env', 'DB_HOST=db.internal\nDB_USER=app\nDB_PASSWORD=${DB_PASSWORD}\n')).toEqual([]);
  });

  it('docker login: password, user name and registry as one group with parts', () => {
    const found = scan('deploy.sh', `docker login -u ci-bot -p ${pw} registry.acme.io\n`);
    const byRule = Object.fromEntries(found.map((c) => [c.ruleId, c]));
    expect(byRule['docker-login-password']).toMatchObject({ secret: pw, kind: 'docker-password', parts: { username: 'ci-bot', registry: 'registry.acme.io' } });
    expect(byRule['docker-login-username']).toMatchObject({ secret: 'ci-bot', kind: 'docker-username', store: 'ssm-string' });
    expect(byRule['registry-url']).toMatchObject({ secret: 'registry.acme.io', kind: 'registry-url' });
    expect(new Set(found.map((c) => c.context.groupId)).size).toBe(1);
  });

  it('Terraform resource: db-password with host/port/engine parts; provider AWS keys are removed', () => {
    const tf = `resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "shop"\n  port     = 5432\n  password = "${pw}"\n}\nprovider "aws" {\n  secret_key = "${fake.base64(40, 'tf')}"\n  access_key = "${'AK' + 'IA' + fake.upper(16, 'tf')}"\n}\n`;
    const found = scan('main.tf', tf);
    const password = found.find((c) => c.ruleId === 'generic-password')!;
    expect(password).toMatchObject({ kind: 'db-password', parts: { engine: 'postgres', username: 'shop', port: '5432' } });
    expect(password.context.scope).toEqual(['resource "aws_db_instance" "main"']);
    const provider = found.filter((c) => c.ruleId === 'terraform-provider-credential');
    expect(provider.map((c) => [c.context.key, c.kind, c.store])).toEqual([
      ['secret_key', 'aws-secret-key', 'remove'],
      ['access_key', 'aws-access-key', 'remove'],
    ]);
  });

  it('Kubernetes Secret data: the decoded value is the secret, the span is the base64 text', () => {
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  DB_PASSWORD: ${Buffer.from(pw).toString('base64')}\n`;
    const [c] = scan('k8s/secret.yaml', text);
    expect(c).toMatchObject({ ruleId: 'k8s-secret-data', secret: pw, kind: 'password' });
    expect(text.slice(c!.start, c!.end)).toBe(Buffer.from(pw).toString('base64'));
    expect(c!.context.scope).toEqual(['Secret/db', 'data']);
  });

  it('CloudFormation: NoEcho default is a db-password; plain defaults are not secrets', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  DBUsername:\n    Type: String\n    Default: shop\n  DBPassword:\n    Type: String\n    NoEcho: true\n    Default: ${pw}\n`;
    const found = scan('stack.yaml', text);
    expect(found.map((c) => [c.ruleId, c.kind])).toEqual([
      ['db-username', 'username'],
      ['cloudformation-noecho-default', 'db-password'],
    ]);
  });

  it('connection strings: the password member is a db-password carrying server, database and user', () => {
    const text = `{"ConnectionStrings": {"Default": "Server=db.internal;Database=shop;User Id=app;Password=${pw};"}}`;
    const secret = scan('appsettings.json', text).find((c) => c.ruleId === 'generic-password')!;
    expect(secret).toMatchObject({ secret: pw, kind: 'db-password', parts: { host: 'db.internal', dbname: 'shop', username: 'app' } });
    expect(text.slice(secret.start, secret.end)).toBe(pw);
  });

  it('stop-words keep metadata keys out', () => {
    const text = [
      'password_reset_url: https://acme.io/reset',
      'token_endpoint: https://acme.io/token',
      `passwordField: ${pw}`,
      `secret_name: ${pw}`,
      `DB_PASSWORD_FILE: ${pw}`,
      `min_password_length: ${pw}`,
      `show_password: ${pw}`,
    ].join('\n');
    expect(scan('config.yml', text)).toEqual([]);
  });

  it('passwords accept lower entropy than API keys', () => {
    expect(scan('a.py', 'password = "hunter22"\n').map((c) => c.ruleId)).toEqual(['generic-password']);
    expect(scan('a.py', 'api_key = "hunter22"\n')).toEqual([]);
    expect(scan('a.py', `api_key = "${fake.alnum(24, 'k')}"\n`).map((c) => c.ruleId)).toEqual(['generic-api-key']);
  });

  it('identifier references and env lookups in code are not findings', () => {
    const code = [
      'const password = process.env.DB_PASSWORD;',
      "const secret = config.get('secret');",
      'password = os.environ["DB_PASSWORD"]',
      'password := os.Getenv("DB_PASSWORD")',
      'String password = System.getenv("DB_PASSWORD");',
      "password = ENV['DB_PASSWORD']",
      'const token = `${prefix}-${id}`;',
    ].join('\n');
    expect(scan('src/mixed.ts', code)).toEqual([]);
  });
});

describe('rule lookup remembered per key', () => {
  const value = fake.alnum(24, 'scoped-key');
  const secret = (scope: string) => `apiVersion: v1\nkind: ${scope}\nmetadata:\n  name: x\ndata:\n  cachekey_x: ${Buffer.from(value).toString('base64')}\n`;
  it('still applies a scoped rule to a key first seen outside its scope, and not the other way round', () => {
    expect(scan('k8s/map.yaml', secret('ConfigMap'))).toEqual([]);
    expect(scan('k8s/secret.yaml', secret('Secret')).map((c) => [c.ruleId, c.secret])).toEqual([['k8s-secret-data', value]]);
    expect(scan('k8s/map2.yaml', secret('ConfigMap'))).toEqual([]);
  });
});
