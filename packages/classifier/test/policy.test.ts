import { ConfigError } from '@unleak/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { classifyAll, loadPolicyText, parsePolicy } from '../src/index.js';
import { det } from './helpers.js';

const FULL = `
version: 1
scan:
  exclude: ["vendor/**"]
routing:
  defaultStore: secrets-manager
  rules:
    - path: "legacy/**"
      kind: [db-password, db-url]
      store: vault
      reason: the legacy database runs on-prem
    - sensitivity: medium
      store: ssm-secure
naming:
  ssm: "/{env}/{project}/{name}"
  vault: "apps/{project}/{env}/{name}"
stores:
  ssm: { region: eu-west-1, kmsKeyId: alias/unleak, tags: { team: payments } }
  secrets-manager: { region: eu-west-1 }
  vault: { address: "https://vault.internal:8200", mount: kv, namespace: ops }
projects:
  "services/billing/**": billing
environments:
  prod: ["deploy/prd/**"]
`;

describe('parsePolicy', () => {
  it('reads every section of a valid unleak.yaml and tolerates scan:', () => {
    const { policy, problems } = parsePolicy(parse(FULL));
    expect(problems).toEqual([]);
    expect(policy.defaultStore).toBe('secrets-manager');
    expect(policy.rules).toEqual([
      { index: 0, path: ['legacy/**'], kind: ['db-password', 'db-url'], store: 'vault', reason: 'the legacy database runs on-prem' },
      { index: 1, sensitivity: ['medium'], store: 'ssm-secure' },
    ]);
    expect(policy.naming).toEqual({ ssm: '/{env}/{project}/{name}', 'secrets-manager': '{project}/{env}/{name}', vault: 'apps/{project}/{env}/{name}' });
    expect(policy.stores.ssm).toEqual({ region: 'eu-west-1', kmsKeyId: 'alias/unleak', tags: { team: 'payments' } });
    expect(policy.stores.vault).toEqual({ address: 'https://vault.internal:8200', mount: 'kv', namespace: 'ops', tags: {} });
    expect(policy.projects).toEqual([{ path: 'services/billing/**', name: 'billing' }]);
    expect(policy.environments).toEqual([{ env: 'prod', paths: ['deploy/prd/**'] }]);
  });

  it('checks rule ids against the scanner rules when given, with did-you-mean, but lets globs through', () => {
    const { problems } = parsePolicy({ routing: { rules: [{ rule: ['github-pat-clasic', 'generic-*', 'jwt'], store: 'vault' }] } }, new Set(['github-pat-classic', 'jwt']));
    expect(problems).toEqual([
      "routing.rules[0].rule: no scanner rule 'github-pat-clasic' (did you mean 'github-pat-classic'?); use an id that 'unleak scan' reports, or a glob like 'generic-*'",
    ]);
  });

  it('accepts an empty file', () => {
    expect(parsePolicy(null).problems).toEqual([]);
  });

  it('reports every problem at once, each naming the place and the fix', () => {
    const { problems } = parsePolicy(
      parse(`
routng: {}
routing:
  defaultStore: secret-manager
  rules:
    - kind: db-password
      store: valt
    - path: "src/[abc"
      store: vault
    - store: ssm-secure
    - kind: api-key
      sensitivity: hgh
      store: ssm-secure
      colour: red
    - "vault"
naming:
  ssm: "/{project}/{enviroment}/{name}"
  vault: "{project}/{env}"
  parameter-store: "/{name}"
stores:
  ssm: { kmsKeyId: "not a key!" , regoin: eu-west-1 }
  vault: { mount: 3 }
projects:
  "apps/{a,b": web
environments:
  prod: 7
`),
    );
    expect(problems).toEqual([
      "routng: unknown key (did you mean 'routing'?); allowed: version, scan, routing, naming, stores, projects, environments",
      "routing.defaultStore: unknown store 'secret-manager' (did you mean 'secrets-manager'?); use one of ssm-string, ssm-secure, secrets-manager, vault, remove",
      "routing.rules[0].store: unknown store 'valt' (did you mean 'vault'?); use one of ssm-string, ssm-secure, secrets-manager, vault, remove",
      `routing.rules[1].path: bad glob 'src/[abc': Missing closing: "]"; escape literal brackets with '\\'`,
      'routing.rules[2]: no matcher; give at least one of rule, kind, path, sensitivity, fileKind, env',
      "routing.rules[3].colour: unknown key; allowed: rule, kind, path, sensitivity, fileKind, env, store, setSensitivity, reason",
      "routing.rules[3].sensitivity: unknown sensitivity 'hgh' (did you mean 'high'?); use critical, high, medium, low",
      'routing.rules[4]: expected a map like {kind: db-password, store: vault}, got string "vault"',
      "naming.parameter-store: unknown key; allowed: ssm, secrets-manager, vault",
      'naming.ssm: unknown placeholder \'{enviroment}\'; use {project}, {env}, {name}, {kind}',
      'naming.vault: the template must contain {name}, or every value gets the same name',
      "stores.ssm.regoin: unknown key (did you mean 'region'?); allowed: region, kmsKeyId, tags",
      'stores.vault.mount: expected a non-empty string, got number 3',
      "stores.ssm.kmsKeyId: 'not a key!' is not a key id, key ARN, alias or alias ARN",
      `projects['apps/{a,b']: bad glob 'apps/{a,b': Missing closing: "}"; escape literal brackets with '\\'`,
      'environments.prod: expected a string or a list of strings, got number 7',
    ]);
  });

  it('throws one ConfigError listing all problems from loadPolicyText, and a clear one for broken YAML', () => {
    expect(() => loadPolicyText('routing:\n  defaultStore: nope\nnaming: 3\n')).toThrow(ConfigError);
    try {
      loadPolicyText('routing:\n  defaultStore: nope\nnaming: 3\n');
    } catch (e) {
      expect((e as ConfigError).problems).toHaveLength(2);
      expect((e as Error).message).toMatch(/^unleak.yaml: 2 problems:\n {2}- routing.defaultStore/);
    }
    expect(() => loadPolicyText('routing: [\n')).toThrow(/^unleak.yaml: not valid YAML: /);
  });
});

describe('routing with a policy', () => {
  const { policy } = parsePolicy(parse(FULL));

  it('applies the first matching rule in file order and records its index', () => {
    const d = det({ rule: 'generic-password', kind: 'password', file: 'legacy/app/.env', fileKind: 'dotenv', key: 'DB_PASSWORD' });
    const [f] = classifyAll([d], { policy }).findings;
    expect(f).toMatchObject({ store: 'vault', decidedBy: { source: 'policy', index: 0 }, name: 'apps/legacy/default/db-password' });
    expect(f?.reason).toBe('database password in a .env file → Vault: the legacy database runs on-prem');
  });

  it('matches by sensitivity', () => {
    const d = det({ rule: 'slack-webhook-url', kind: 'webhook-url', file: 'deploy/prd/notify.yaml', fileKind: 'yaml', key: 'webhook' });
    const [f] = classifyAll([d], { policy }).findings;
    expect(f).toMatchObject({ store: 'ssm-secure', env: 'prod', decidedBy: { source: 'policy', index: 1 }, name: '/prod/app/webhook' });
  });

  it('routes secrets to routing.defaultStore but keeps config in String parameters and cloud keys in IaC removed', () => {
    const ds = [
      det({ rule: 'github-pat-classic', kind: 'access-token', file: 'services/billing/src/gh.ts', fileKind: 'typescript', key: 'token', isTest: true }),
      det({ rule: 'registry-url', kind: 'registry-url', file: 'ci/push.sh', fileKind: 'shell', value: 'registry.example.com' }),
      det({ rule: 'aws-secret-access-key', kind: 'aws-secret-key', file: 'infra/main.tf', fileKind: 'terraform', key: 'secret_key', scope: ['provider "aws"'] }),
    ];
    const fs = classifyAll(ds, { policy: { ...policy, rules: [] } }).findings;
    expect(fs.map((f) => [f.store, f.decidedBy.source, f.project])).toEqual([
      ['secrets-manager', 'default-store', 'billing'],
      ['ssm-string', 'built-in', 'app'],
      ['remove', 'built-in', 'app'],
    ]);
  });

  it('defaultStore: vault takes configuration too', () => {
    const { policy: vaultTeam } = parsePolicy({ routing: { defaultStore: 'vault' } });
    const g = { file: 'scripts/push.sh', fileKind: 'shell' as const, groupId: 'docker-login:1' };
    const ds = [
      det({ ...g, rule: 'registry-url', kind: 'registry-url', value: 'registry.example.com' }),
      det({ ...g, rule: 'docker-login-password', kind: 'docker-password' }),
    ];
    const { items } = classifyAll(ds, { policy: vaultTeam });
    expect(items.map((i) => [i.store, i.shape, i.name])).toEqual([['vault', 'json', 'app/default/docker-password']]);
  });
});
