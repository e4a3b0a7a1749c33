import { basename } from 'node:path';
import { fake } from '@unleak/core';
import { describe, expect, it } from 'vitest';
import { classifyAll, discoverProjects, renderItemValue } from '../src/index.js';
import { det } from './helpers.js';
import { tempRepos } from './temp-repo.js';

const repo = tempRepos();

describe('connection strings as the scanner reports them (password = the detection value)', () => {
  it('puts the password into the rotation JSON next to the parts', () => {
    const password = fake.password(20, 'redis-url');
    const d = det({
      rule: 'redis-url', kind: 'db-url', file: '.env', fileKind: 'dotenv', key: 'REDIS_URL', value: password,
      parts: { engine: 'redis', username: 'default', host: 'cache.internal', port: '6379', dbname: '0' },
    });
    const { items } = classifyAll([d], { defaultProject: 'shop' });
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item.shape).toBe('json');
    expect(item.members[0]?.partKeys).toMatchObject({ secret: 'password' });
    expect(JSON.parse(renderItemValue(item, [d]).reveal())).toEqual({ engine: 'redis', username: 'default', host: 'cache.internal', port: 6379, dbname: '0', password });
    expect(JSON.stringify(items)).not.toContain(password);
  });
});

describe('one value found in several files', () => {
  it('is one item with one member per place, across projects', () => {
    const token = 'sk_' + 'live_' + fake.alnum(24, 'same-token');
    const a = det({ rule: 'stripe-live-secret-key', kind: 'payment-key', file: '.env', fileKind: 'dotenv', key: 'STRIPE_SECRET_KEY', value: token, line: 13 });
    const b = det({ rule: 'stripe-live-secret-key', kind: 'payment-key', file: 'apps/api/src/payments/stripe-client.ts', fileKind: 'typescript', key: 'apiKey', value: token, line: 4 });
    const other = det({ rule: 'stripe-live-secret-key', kind: 'payment-key', file: 'apps/api/src/other.ts', fileKind: 'typescript', key: 'apiKey', value: 'sk_' + 'live_' + fake.alnum(24, 'other'), line: 2 });
    const { items, findings } = classifyAll([a, b, other], { projects: [{ root: 'apps/api', name: 'api' }], defaultProject: 'shop' });
    expect(items).toHaveLength(2);
    const merged = items.find((i) => i.members.length === 2)!;
    expect(merged.members.map((m) => [m.file, m.line])).toEqual([['.env', 13], ['apps/api/src/payments/stripe-client.ts', 4]]);
    expect(findings[0]?.group).toBe(findings[1]?.group);
    expect(findings[2]?.group).not.toBe(findings[0]?.group);
    expect(renderItemValue(merged, [a, b, other]).reveal()).toBe(token);
  });

  it('takes the stricter store when the places disagree', () => {
    const value = fake.password(24, 'shared');
    const inTest = det({ rule: 'generic-password', kind: 'password', file: 'test/fixtures/db.json', fileKind: 'json', key: 'password', value, isTest: true });
    const inProd = det({ rule: 'generic-password', kind: 'password', file: 'config/prod.yaml', fileKind: 'yaml', key: 'api_token', value });
    const { items } = classifyAll([inTest, inProd], { defaultProject: 'shop' });
    expect(items).toHaveLength(1);
    expect(items[0]?.members).toHaveLength(2);
    expect(classifyAll([inProd], { defaultProject: 'shop' }).items[0]?.store).toBe(items[0]?.store);
  });
});

describe('project names', () => {
  const token = (file: string) => det({ rule: 'github-pat-classic', kind: 'access-token', file, fileKind: 'github-actions', key: 'GH_TOKEN', value: 'gh' + 'p_' + fake.alnum(36, file) });

  it('never takes a dot-folder or an infrastructure folder as the project: falls back to the repo name', () => {
    const root = repo({ '.github/workflows/deploy.yml': 'on: push\n', 'infra/main.tf': '', 'README.md': '' }, 'Legacy Shop@');
    const expected = basename(root).replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
    const { items } = classifyAll([token('.github/workflows/deploy.yml'), token('infra/main.tf'), token('.env')], { projects: discoverProjects(root) });
    expect(items.map((i) => i.project)).toEqual([expected, expected, expected]);
    expect(items.every((i) => !i.name.includes('.github'))).toBe(true);
    expect(items[0]?.name).toBe(`${expected}/default/gh-token`);
  });

  it('prefers the root package.json name, and keeps real top folders and container children as projects', () => {
    const root = repo({ 'package.json': '{"name":"@acme/legacy-shop"}', '.github/workflows/ci.yml': '' });
    const { items } = classifyAll([token('.github/workflows/ci.yml')], { projects: discoverProjects(root) });
    expect(items[0]?.project).toBe('legacy-shop');
    const bare = repo({ 'billing/app.py': '', 'services/reports/main.go': '' });
    const found = classifyAll([token('billing/app.py'), token('services/reports/main.go'), token('.circleci/config.yml')], { projects: discoverProjects(bare) });
    expect(found.items.map((i) => i.project)).toEqual(['billing', 'reports', basename(bare)]);
  });

  it('without discovered projects, a dot-folder still does not name the project', () => {
    const { items } = classifyAll([token('.gitlab/ci.yml')]);
    expect(items[0]?.project).not.toMatch(/^\./);
  });
});

describe('a connection string password found again on its own', () => {
  it('joins the connection string item under `password` (compose `--requirepass` beside `.env` REDIS_URL)', () => {
    const password = fake.password(20, 'redis-pass');
    const url = det({
      rule: 'redis-url', kind: 'db-url', file: '.env', fileKind: 'dotenv', key: 'REDIS_URL', value: password, line: 11,
      parts: { engine: 'redis', host: 'redis', port: '6379' },
    });
    const flag = det({ rule: 'cli-password-flag', kind: 'db-password', file: 'docker-compose.yml', fileKind: 'docker-compose', key: 'password', scope: ['services', 'redis', 'command', '$ redis-server'], value: password, line: 24 });
    const host = det({ rule: 'db-host', kind: 'hostname', file: 'config/app.yaml', fileKind: 'yaml', key: 'host', value: 'redis' });
    const { items } = classifyAll([url, flag, host], { defaultProject: 'shop' });
    const item = items.find((i) => i.members.some((m) => m.file === '.env'))!;
    expect(item.members.map((m) => [m.file, m.jsonKey])).toEqual([['.env', undefined], ['docker-compose.yml', 'password']]);
    expect(JSON.parse(renderItemValue(item, [url, flag, host]).reveal())).toEqual({ engine: 'redis', host: 'redis', port: 6379, password });
    expect(items).toHaveLength(2);
  });
});

describe('a vague key in code', () => {
  it('names the item after the provider rule, not the key (`apiKey` holding a SendGrid key)', () => {
    const found = [
      det({ rule: 'sendgrid-api-key', kind: 'api-key', file: 'src/mail.ts', fileKind: 'typescript', key: 'apiKey' }),
      det({ rule: 'generic-api-key', kind: 'api-key', file: 'src/other.ts', fileKind: 'typescript', key: 'apiKey' }),
    ];
    const { items } = classifyAll(found, { defaultProject: 'shop' });
    expect(items.map((i) => i.name.replace(/^\//, '')).sort()).toEqual(['shop/default/api-key', 'shop/default/sendgrid-api-key']);
  });
});

describe('a stored AWS key', () => {
  it('is rotated in IAM, not with a Secrets Manager template', () => {
    const found = [det({ rule: 'aws-access-key-id', kind: 'aws-access-key', file: 'shop/settings.py', fileKind: 'python', key: 'AWS_ACCESS_KEY_ID', value: 'AKIA' + fake.upper(16, 'rot-akid') })];
    const { items } = classifyAll(found, { defaultProject: 'shop' });
    expect(items[0]?.store).toBe('secrets-manager');
    expect(items[0]?.rotation).toMatchObject({ needed: true });
    expect(items[0]?.rotation.note).toMatch(/^rotate in IAM/);
  });
});

describe('a password in a GitHub Actions step', () => {
  it('is named after its job, not after the `with:` block that holds it', () => {
    const found = [det({ rule: 'generic-password', kind: 'password', file: '.github/workflows/ci.yml', fileKind: 'github-actions', key: 'password', scope: ['jobs', 'build', 'steps', 'with'] })];
    const { items } = classifyAll(found, { defaultProject: 'shop' });
    expect(items[0]?.name).toMatch(/\/build-password$/);
  });
});
