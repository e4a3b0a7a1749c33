import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fake } from '@unleak/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';

let root: string;
const password = fake.password(22, 'config-explain');
const secretKey = fake.base64(40, 'config-explain-aws');

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'unleak-config-'));
  write('services/api/package.json', '{"name":"@acme/api"}');
  write('services/api/.env', `DB_HOST=db.internal\nDB_PORT=5432\nDB_USER=app\nDB_PASSWORD=${password}\n`);
  write('infra/main.tf', `provider "aws" {\n  region     = "us-east-1"\n  access_key = "${'AK' + 'IA' + fake.upper(16, 'config-explain')}"\n  secret_key = "${secretKey}"\n}\n`);
  write('policies/vault.yaml', 'routing:\n  rules:\n    - path: "services/**"\n      kind: db-password\n      store: vault\n      reason: our databases are on-prem\n');
  write('policies/broken.yaml', 'routing:\n  defaultStore: valt\n  rules:\n    - store: vault\nscan:\n  bogus: 1\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = fakeIo(root);
  const code = await main(['config', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('unleak config explain', () => {
  it('explains a database password routed by the built-in defaults, grouped with its .env cluster', async () => {
    const { code, out, err } = await run('explain', 'services/api/.env:4');
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain('policy: built-in defaults (no unleak.yaml)');
    expect(out).toMatch(/services\/api\/\.env:4 {2}generic-password/);
    expect(out).toContain('  store        secrets-manager (Secrets Manager)');
    expect(out).toContain("  decided by   built-in default 'highly-sensitive'");
    expect(out).toContain('  reason       database password in a .env file → Secrets Manager: needs rotation');
    expect(out).toContain("  name         api/default/db → key 'password'");
    expect(out).toContain('SecretsManagerRDSPostgreSQLRotationSingleUser');
    expect(out).toContain(': 4 values (');
    expect(out + err).not.toContain(password);
  });

  it('explains a host kept with its credentials', async () => {
    const { out } = await run('explain', 'services/api/.env:1');
    expect(out).toContain("built-in default 'db-credentials-group'");
    expect(out).toContain("→ key 'host'");
  });

  it('explains an AWS key in a Terraform provider block as remove', async () => {
    const { code, out } = await run('explain', 'infra/main.tf:4', '.');
    expect(code).toBe(0);
    expect(out).toContain('  store        remove (remove)');
    expect(out).toContain('AWS secret access key in a Terraform provider "aws" block → remove');
    expect(out).not.toContain('  name ');
    expect(out).not.toContain(secretKey);
  });

  it('names the unleak.yaml rule that decided', async () => {
    const { code, out } = await run('explain', 'services/api/.env:4', '--config', 'policies/vault.yaml');
    expect(code).toBe(0);
    expect(out).toContain('policy: policies/vault.yaml');
    expect(out).toContain('  decided by   unleak.yaml routing.rules[0]: kind: db-password, path: services/** → vault');
    expect(out).toContain('database password in a .env file → Vault: our databases are on-prem');
  });

  it('reports every config problem (policy and scan sections) at once', async () => {
    const { code, err } = await run('explain', 'services/api/.env:4', '--config', 'policies/broken.yaml');
    expect(code).toBe(2);
    expect(err).toContain('3 problems');
    expect(err).toContain('scan.bogus: unknown key');
    expect(err).toContain("routing.defaultStore: unknown store 'valt' (did you mean 'vault'?)");
    expect(err).toContain('routing.rules[0]: no matcher');
  });

  it.each([
    [['explain', 'services/api/.env:9'], /^unleak: no finding at services\/api\/\.env:9; findings in services\/api\/\.env are on lines 1, 2, 3, 4\n$/],
    [['explain', 'services/api/.env'], /^unleak: 'services\/api\/\.env' is not <file>:<line>/],
    [['explain', 'nope.txt:1'], /^unleak: 'nope.txt' does not exist under /],
    [['explain'], /^unleak: config explain needs <file>:<line>/],
    [['frob'], /^unleak: unknown config subcommand 'frob'/],
    [['explain', 'a:1', 'missing-dir'], /^unleak: PATH 'missing-dir' is not a directory/],
    [['explain', '--nope'], /^unleak: Unknown option '--nope'/],
  ])('config %j fails with one clear line', async (args, message) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('prints usage with --help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('usage: unleak config explain <file>:<line>');
  });
});
