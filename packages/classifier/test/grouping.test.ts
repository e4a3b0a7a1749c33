import { fake, SecretValue } from '@unleak/core';
import { describe, expect, it } from 'vitest';
import { classifyAll, renderItemValue } from '../src/index.js';
import { det } from './helpers.js';

const pw = (seed: string) => fake.password(20, seed);

describe('credential grouping', () => {
  it('turns a connection string into one Secrets Manager secret in the rotation JSON shape', () => {
    const password = pw('pg');
    const d = det({
      rule: 'postgres-url', kind: 'db-url', file: 'apps/api/.env', fileKind: 'dotenv', key: 'DATABASE_URL',
      value: `postgresql://app:${password}@db.internal:5432/orders`,
      parts: { engine: 'postgresql', username: 'app', host: 'db.internal', port: '5432', dbname: 'orders', password: new SecretValue(password) },
    });
    const { items, findings } = classifyAll([d], { projects: [{ root: 'apps/api', name: 'api' }] });
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toMatchObject({ store: 'secrets-manager', shape: 'json', kind: 'db-credentials', name: 'api/default/database', project: 'api', env: 'default' });
    expect(item.members[0]?.partKeys).toEqual({ engine: 'engine', username: 'username', host: 'host', port: 'port', dbname: 'dbname', password: 'password' });
    expect(JSON.parse(renderItemValue(item, [d]).reveal())).toEqual({ engine: 'postgresql', username: 'app', host: 'db.internal', port: 5432, dbname: 'orders', password });
    expect(item.rotation).toMatchObject({ needed: true, template: 'SecretsManagerRDSPostgreSQLRotationSingleUser' });
    expect(findings[0]).toMatchObject({ group: item.id, name: 'api/default/database', store: 'secrets-manager' });
    expect(JSON.stringify({ items, findings })).not.toContain(password);
  });

  it('groups one YAML map of database settings into one secret with host, port, username, password, dbname', () => {
    const g = { file: 'config/database.yml', fileKind: 'yaml' as const, groupId: 'yaml:production', scope: ['production'] };
    const ds = [
      det({ ...g, rule: 'generic-password', kind: 'config', key: 'host', line: 2, value: 'pg.prod.internal' }),
      det({ ...g, rule: 'generic-password', kind: 'config', key: 'port', line: 3, value: '5432' }),
      det({ ...g, rule: 'generic-password', kind: 'username', key: 'username', line: 4, value: 'orders' }),
      det({ ...g, rule: 'generic-password', kind: 'password', key: 'password', line: 5 }),
      det({ ...g, rule: 'generic-password', kind: 'config', key: 'database', line: 6, value: 'orders_prod' }),
      det({ ...g, rule: 'generic-password', kind: 'config', key: 'adapter', line: 1, value: 'postgresql' }),
    ];
    // adapter says nothing the classifier routes on (kind config), so it is a separate String parameter.
    const { items, findings } = classifyAll(ds.slice(0, 5), { defaultProject: 'shop' });
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item).toMatchObject({ store: 'secrets-manager', shape: 'json', env: 'default', name: 'shop/default/production-db' });
    expect(item.members.map((m) => m.jsonKey)).toEqual(['host', 'port', 'username', 'password', 'dbname']);
    expect(JSON.parse(renderItemValue(item, ds).reveal())).toMatchObject({ host: 'pg.prod.internal', port: 5432, username: 'orders', dbname: 'orders_prod' });
    expect(item.rotation.needed).toBe(true);
    expect(findings[0]?.reason).toMatch(/hostname in a YAML file → Secrets Manager: kept with the database credentials/);
    expect(findings[0]?.decidedBy).toMatchObject({ source: 'built-in', id: 'db-credentials-group' });
    expect(findings[3]?.reason).toBe('database password in a YAML file → Secrets Manager: needs rotation');
  });

  it('groups a Terraform aws_db_instance username and password', () => {
    const g = { file: 'infra/rds.tf', fileKind: 'terraform' as const, groupId: 'tf:aws_db_instance.main', scope: ['resource "aws_db_instance" "main"'] };
    const ds = [
      det({ ...g, rule: 'generic-password', kind: 'username', key: 'username', line: 4, value: 'admin' }),
      det({ ...g, rule: 'generic-password', kind: 'password', key: 'password', line: 5 }),
    ];
    const { items, findings } = classifyAll(ds, { defaultProject: 'platform' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ store: 'secrets-manager', name: 'platform/default/main-db', shape: 'json' });
    expect(findings[1]?.reason).toBe('database password in a Terraform aws_db_instance → Secrets Manager: needs rotation');
    expect(items[0]?.rotation.template).toBeUndefined();
    expect(items[0]?.rotation.note).toMatch(/engine unknown/);
  });

  it('splits a docker login into String config and a secured password', () => {
    const g = { file: 'scripts/push.sh', fileKind: 'shell' as const, groupId: 'docker-login:3', line: 3 };
    const ds = [
      det({ ...g, rule: 'registry-url', kind: 'registry-url', value: 'registry.example.com' }),
      det({ ...g, rule: 'docker-login-username', kind: 'docker-username', value: 'ci-bot' }),
      det({ ...g, rule: 'docker-login-password', kind: 'docker-password' }),
    ];
    const { items } = classifyAll(ds, { defaultProject: 'ci' });
    expect(items.map((i) => [i.store, i.name])).toEqual([
      ['ssm-string', '/ci/default/registry-url'],
      ['ssm-string', '/ci/default/docker-username'],
      ['ssm-secure', '/ci/default/docker-password'],
    ]);
  });

  it('groups a .env cluster of database settings and leaves unrelated values alone', () => {
    const f = { file: 'services/billing/.env', fileKind: 'dotenv' as const };
    const db = { ...f, groupId: 'env:1' };
    const ds = [
      det({ ...db, rule: 'generic-password', kind: 'config', key: 'DB_HOST', line: 1, value: 'billing-db' }),
      det({ ...db, rule: 'generic-password', kind: 'config', key: 'DB_PORT', line: 2, value: '3306' }),
      det({ ...db, rule: 'generic-password', kind: 'username', key: 'DB_USER', line: 3, value: 'billing' }),
      det({ ...db, rule: 'generic-password', kind: 'password', key: 'DB_PASSWORD', line: 4 }),
      det({ ...db, rule: 'generic-password', kind: 'config', key: 'DB_NAME', line: 5, value: 'billing' }),
      det({ ...f, groupId: 'env:2', rule: 'slack-webhook-url', kind: 'webhook-url', key: 'SLACK_WEBHOOK_URL', line: 7 }),
    ];
    const { items } = classifyAll(ds, { projects: [{ root: 'services/billing', name: 'billing' }] });
    expect(items.map((i) => [i.store, i.name, i.members.length])).toEqual([
      ['secrets-manager', 'billing/default/db', 5],
      ['ssm-secure', '/billing/default/slack-webhook-url', 1],
    ]);
    expect(items[0]?.rotation.template).toBe('SecretsManagerRDSMySQLRotationSingleUser');
    expect(JSON.parse(renderItemValue(items[0]!, ds).reveal())).toMatchObject({ engine: 'mysql', host: 'billing-db', port: 3306, username: 'billing', dbname: 'billing' });
  });

  it('makes one store object for the same value found in two files', () => {
    const value = pw('shared');
    const ds = [
      det({ rule: 'generic-password', kind: 'password', file: '.env', fileKind: 'dotenv', key: 'POSTGRES_PASSWORD', value }),
      det({ rule: 'generic-password', kind: 'password', file: 'docker-compose.yml', fileKind: 'docker-compose', key: 'POSTGRES_PASSWORD', scope: ['services', 'db', 'environment'], value }),
    ];
    const { items, findings } = classifyAll(ds, { defaultProject: 'app' });
    expect(items).toHaveLength(1);
    expect(items[0]?.members.map((m) => m.file)).toEqual(['.env', 'docker-compose.yml']);
    expect(findings[0]?.group).toBe(findings[1]?.group);
  });

  it('keeps the AWS key pair of a Terraform provider block together as one thing to remove', () => {
    const g = { file: 'infra/providers.tf', fileKind: 'terraform' as const, groupId: 'tf:provider.aws', scope: ['provider "aws"'] };
    const ds = [
      det({ ...g, rule: 'aws-access-key-id', kind: 'aws-access-key', key: 'access_key', value: 'AK' + 'IA' + fake.upper(16, 'tf') }),
      det({ ...g, rule: 'aws-secret-access-key', kind: 'aws-secret-key', key: 'secret_key', value: fake.base64(40, 'tf') }),
    ];
    const { items, findings } = classifyAll(ds, {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ store: 'remove', name: '', sensitivity: 'critical', rotation: { needed: true } });
    expect(findings[1]?.reason).toBe('AWS secret access key in a Terraform provider "aws" block → remove: replace it with a profile, role or OIDC and deactivate the key');
  });

  it('flags history findings for rotation even after migration', () => {
    const d = det({ rule: 'stripe-live-secret-key', kind: 'payment-key', file: 'src/pay.ts', fileKind: 'typescript', key: 'stripeKey', commit: 'a1b2c3d4e5f6a7b8c9d0', committedAt: '2024-03-01T10:00:00Z' });
    const [f] = classifyAll([d], {}).findings;
    expect(f?.exposure).toEqual({ commit: 'a1b2c3d4e5f6a7b8c9d0', since: '2024-03-01T10:00:00Z', mustRotate: true, note: 'committed 2024-03-01 (a1b2c3d), in git history: rotate it even after migration' });
  });

  it('gives distinct values that would share a name distinct names', () => {
    const ds = [
      det({ rule: 'generic-api-key', kind: 'api-key', file: 'a/config.ts', fileKind: 'typescript', key: 'API_KEY' }),
      det({ rule: 'generic-api-key', kind: 'api-key', file: 'a/other.ts', fileKind: 'typescript', key: 'API_KEY' }),
    ];
    const { items } = classifyAll(ds, { defaultProject: 'x', projects: () => 'web' });
    expect(items.map((i) => i.name)).toEqual(['/web/default/api-key', '/web/default/api-key-2']);
  });

  it('sizes items so the Parameter Store tier can be chosen', () => {
    const d = det({ rule: 'private-key-rsa', kind: 'private-key', file: 'certs/big.pem', fileKind: 'pem', size: 5000 });
    expect(classifyAll([d], {}).items[0]?.valueBytes).toBe(5000);
  });
});

describe('grouping edge cases', () => {
  it('keeps unrelated settings out of a connection string secret', () => {
    const f = { file: '.env', fileKind: 'dotenv' as const, groupId: 'env:1' };
    const password = pw('url-only');
    const ds = [
      det({ ...f, rule: 'postgres-url', kind: 'db-url', key: 'DATABASE_URL', line: 1, value: `postgres://u:${password}@h:5432/d`,
        parts: { engine: 'postgres', username: 'u', host: 'h', port: '5432', dbname: 'd', password: new SecretValue(password) } }),
      det({ ...f, rule: 'generic-password', kind: 'config', key: 'REDIS_HOST', line: 2, value: 'cache.internal' }),
    ];
    const { items } = classifyAll(ds, { defaultProject: 'app' });
    expect(items.map((i) => [i.store, i.name, i.members.length])).toEqual([
      ['secrets-manager', 'app/default/database', 1],
      ['ssm-string', '/app/default/redis-host', 1],
    ]);
  });

  it('puts several Secrets Manager secrets of one Kubernetes Secret into one JSON secret keyed by their keys', () => {
    const g = { file: 'k8s/secret.yaml', fileKind: 'kubernetes' as const, groupId: 'k8s:Secret/app', scope: ['Secret/app', 'data'] };
    const ds = [
      det({ ...g, rule: 'k8s-secret-data', kind: 'secret', key: 'JWT_SECRET', line: 7 }),
      det({ ...g, rule: 'k8s-secret-data', kind: 'secret', key: 'OAUTH_CLIENT_SECRET', line: 8 }),
      det({ ...g, rule: 'k8s-secret-data', kind: 'secret', key: 'WEBHOOK_SECRET', line: 9 }),
    ];
    const { items, findings } = classifyAll(ds, { defaultProject: 'app' });
    expect(items.map((i) => [i.store, i.shape, i.name])).toEqual([
      ['secrets-manager', 'json', 'app/default/app'],
      ['ssm-secure', 'value', '/app/default/webhook-secret'],
    ]);
    expect(findings.map((f) => f.jsonKey)).toEqual(['JWT_SECRET', 'OAUTH_CLIENT_SECRET', undefined]);
    const json = JSON.parse(renderItemValue(items[0]!, ds).reveal());
    expect(Object.keys(json)).toEqual(['JWT_SECRET', 'OAUTH_CLIENT_SECRET']);
    expect(json.JWT_SECRET).toBe(ds[0]!.secret.reveal());
  });

  it('takes bare HOST/USER/PORT keys beside a database password (Django DATABASES) but not REDIS_HOST', () => {
    const f = { file: 'billing/settings.py', fileKind: 'python' as const, groupId: 'py:p408' };
    const ds = [
      det({ ...f, rule: 'db-username', kind: 'username', key: 'USER', line: 21, value: 'billing' }),
      det({ ...f, rule: 'generic-password', kind: 'db-password', key: 'PASSWORD', scope: ['DATABASES', 'default'], line: 22 }),
      det({ ...f, rule: 'db-host', kind: 'hostname', key: 'HOST', line: 23, value: 'db.internal' }),
      det({ ...f, rule: 'db-port', kind: 'port', key: 'PORT', line: 24, value: '5432' }),
      det({ ...f, rule: 'db-host', kind: 'hostname', key: 'REDIS_HOST', line: 25, value: 'cache.internal' }),
    ];
    const { items } = classifyAll(ds, { defaultProject: 'billing' });
    expect(items.map((i) => [i.store, i.name, i.members.map((m) => m.jsonKey ?? m.line)])).toEqual([
      ['secrets-manager', 'billing/default/default-db', ['username', 'password', 'host', 'port']],
      ['ssm-string', '/billing/default/redis-host', [25]],
    ]);
    expect(items[0]?.rotation.template).toBe('SecretsManagerRDSPostgreSQLRotationSingleUser');
  });

  it('keeps unrelated secrets of one .env cluster in separate secrets', () => {
    const f = { file: '.env', fileKind: 'dotenv' as const, groupId: 'env:3' };
    const ds = [
      det({ ...f, rule: 'stripe-live-secret-key', kind: 'payment-key', key: 'STRIPE_SECRET_KEY', line: 13 }),
      det({ ...f, rule: 'generic-secret', kind: 'secret', key: 'SESSION_SECRET', line: 15 }),
    ];
    const { items } = classifyAll(ds, { defaultProject: 'shop' });
    expect(items.map((i) => [i.store, i.shape, i.name])).toEqual([
      ['secrets-manager', 'value', 'shop/default/stripe-secret-key'],
      // A Secrets Manager name may not end in '-' + 6 characters (it reads as an ARN suffix).
      ['secrets-manager', 'value', 'shop/default/session_secret'],
    ]);
  });

  it('does not take a mail server (host, port, password) for a database', () => {
    const f = { file: 'config/application.properties', fileKind: 'properties' as const, groupId: 'p:10' };
    const ds = [
      det({ ...f, rule: 'db-host', kind: 'hostname', key: 'spring.mail.host', line: 10, value: 'smtp.example.com' }),
      det({ ...f, rule: 'db-port', kind: 'port', key: 'spring.mail.port', line: 11, value: '587' }),
      det({ ...f, rule: 'generic-password', kind: 'password', key: 'spring.mail.password', line: 13 }),
    ];
    const { items, findings } = classifyAll(ds, { defaultProject: 'shop' });
    expect(findings.map((x) => x.kind)).toEqual(['hostname', 'port', 'password']);
    expect(items.map((i) => [i.store, i.name])).toEqual([
      ['ssm-string', '/shop/default/spring-mail-host'],
      ['ssm-string', '/shop/default/spring-mail-port'],
      ['ssm-secure', '/shop/default/spring-mail-password'],
    ]);
  });

  it('names a value after a descriptive key, not a CI step\'s run:', () => {
    const value = 'gh' + 'p_' + fake.alnum(36, 'run-key');
    const f = { file: '.github/workflows/deploy.yml', fileKind: 'github-actions' as const, line: 24, value };
    const ds = [
      det({ ...f, rule: 'github-pat-classic', kind: 'access-token', key: 'run' }),
      det({ ...f, rule: 'github-pat-classic', kind: 'access-token', key: 'password' }),
      det({ ...f, rule: 'github-pat-classic', kind: 'access-token', key: 'script', file: 'ci/other.yml' }),
    ];
    const { items } = classifyAll(ds, { defaultProject: 'shop' });
    expect(items.map((i) => [i.name, i.members.length])).toEqual([['shop/default/password', 3]]);
  });

  it('withClassification replaces the rule guess with the decision for scan output', async () => {
    const { withClassification } = await import('../src/index.js');
    const d = det({ rule: 'generic-password', kind: 'password', file: 'infra/rds.tf', fileKind: 'terraform', key: 'password', scope: ['resource "aws_db_instance" "x"'] });
    const [out] = withClassification([d]);
    expect(out).toMatchObject({ kind: 'db-password', sensitivity: 'high', store: 'secrets-manager', fingerprint: d.fingerprint });
    expect(out?.secret).toBe(d.secret);
  });

  it('withClassification reports the store the grouping decided, as classifyAll does', async () => {
    const { withClassification } = await import('../src/index.js');
    const g = { file: 'config/database.yml', fileKind: 'yaml' as const, groupId: 'yaml:production', scope: ['production'] };
    const shared = pw('shared');
    const ds = [
      det({ ...g, rule: 'generic-password', kind: 'config', key: 'host', line: 2, value: 'pg.prod.internal' }),
      det({ ...g, rule: 'generic-password', kind: 'config', key: 'port', line: 3, value: '5432' }),
      det({ ...g, rule: 'generic-password', kind: 'username', key: 'username', line: 4, value: 'orders' }),
      det({ ...g, rule: 'generic-password', kind: 'password', key: 'password', line: 5 }),
      det({ ...g, rule: 'generic-password', kind: 'config', key: 'database', line: 6, value: 'orders_prod' }),
      det({ rule: 'generic-password', kind: 'password', file: 'deploy/prod/.env', fileKind: 'dotenv', key: 'POSTGRES_PASSWORD', value: shared }),
      det({ rule: 'generic-password', kind: 'password', file: 'test/fixture.env', fileKind: 'dotenv', key: 'POSTGRES_PASSWORD', value: shared, isTest: true }),
      det({ rule: 'aws-access-key-id', kind: 'aws-access-key', file: 'infra/main.tf', fileKind: 'terraform', key: 'access_key', value: 'AKIA' + fake.upper(16, 'grp') }),
    ];
    const { findings } = classifyAll(ds, { defaultProject: 'shop' });
    expect(findings.map((f) => f.decidedBy.source === 'built-in' && f.decidedBy.id)).toEqual(expect.arrayContaining(['db-credentials-group', 'same-value-group']));
    const out = withClassification(ds, { defaultProject: 'shop' });
    expect(out.map((d) => [d.kind, d.sensitivity, d.store])).toEqual(findings.map((f) => [f.kind, f.sensitivity, f.store]));
  });
});
