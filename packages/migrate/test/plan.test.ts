import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, fake, validatePlan, type Plan } from '@unleak/core';
import { createPlan, envNameFor, preferredEnvNames, formatPlan, parsePlanText, readPlanFile, writePlanFile } from '@unleak/migrate';
import { parse, stringify } from 'yaml';

const dbPassword = fake.password(20, 'plan-db');
const stripe = 'sk_' + 'live_' + fake.alnum(32, 'plan-stripe');

describe('the plan', () => {
  let base: string;
  let plan: Plan;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'unleak-plan-'));
    const root = join(base, 'repo');
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, '.env'), `DB_HOST=db.internal\nDB_PORT=5432\nDB_USER=app\nDB_PASSWORD=${dbPassword}\n`);
    writeFileSync(join(root, 'src/pay.ts'), `export const stripeKey = '${stripe}';\n`);
    plan = (await createPlan({ root, planRoot: 'repo' })).plan;
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('groups, routes and names the findings, with cost and read policies', () => {
    expect(plan.version).toBe(1);
    expect(plan.id).toMatch(/^plan-\d{8}-[0-9a-f]{8}$/);
    const db = plan.items.find((i) => i.members.some((m) => m.file === '.env' && m.envName === 'DB_PASSWORD'));
    expect(db?.store).toBe('secrets-manager');
    expect(db?.shape).toBe('json');
    const pay = plan.items.find((i) => i.members.some((m) => m.file === 'src/pay.ts'));
    expect(pay?.members[0]?.envName).toBe('STRIPE_KEY');
    expect(pay?.reference).toBe(pay?.name);
    expect(plan.cost.totalUsd).toBeGreaterThan(0);
    expect(plan.policies.some((p) => p.iam?.includes('secretsmanager:GetSecretValue'))).toBe(true);
  });

  it('round-trips through YAML unchanged and holds no value, only hashes and redacted forms', async () => {
    const file = join(base, 'plan.yaml');
    await writePlanFile(file, plan);
    const read = await readPlanFile(file);
    expect(read.plan).toEqual(plan);
    expect(read.root).toBe(join(base, 'repo'));
    const text = formatPlan(plan);
    expect(text).not.toContain(dbPassword);
    expect(text).not.toContain(stripe);
    expect(text).toContain('secretHash');
  });

  it('reports every problem of an edited plan at once', () => {
    const doc = parse(formatPlan(plan)) as { items: Array<Record<string, unknown> & { members: Array<Record<string, unknown>> }> };
    const [a, b] = doc.items;
    if (!a || !b) throw new Error('expected two items');
    a.store = 'dropbox';
    b.name = a.name;
    b.store = a.store === 'dropbox' ? 'secrets-manager' : a.store;
    a.skip = 'yes';
    (b.members[0] as Record<string, unknown>).envName = 'not a name';
    (b.members[0] as Record<string, unknown>).value = 'x';
    const text = stringify(doc);
    let error: unknown;
    try {
      parsePlanText(text, 'plan.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain("store: 'dropbox' is not a store");
    expect(problems).toContain('skip: expected true or false');
    expect(problems).toContain("envName: 'not a name' is not an environment variable name");
    expect(problems).toContain('must not hold secret values');
    expect((error as ConfigError).problems.length).toBeGreaterThanOrEqual(4);
    expect((error as ConfigError).message.split('\n')[0]).toMatch(/^plan\.yaml: \d+ problems:$/);
  });

  it('catches two items writing to one name, a wrong version and broken YAML', () => {
    const doc = structuredClone(plan) as unknown as { version: number; items: Array<{ name: string; store: string }> };
    doc.version = 2;
    const [a, b] = doc.items;
    if (a && b) {
      b.store = a.store;
      b.name = a.name;
    }
    const { problems } = validatePlan(doc);
    expect(problems.some((p) => p.startsWith('version: expected 1'))).toBe(true);
    expect(problems.some((p) => p.includes('is also used by'))).toBe(true);
    expect(() => parsePlanText('items: [', 'p.yaml')).toThrow(/p\.yaml: not valid YAML/);
    expect(validatePlan('nope').problems).toEqual(['a plan is a map with version, id, root and items; got string']);
  });
});

describe('environment variable names', () => {
  it('come from the key when it names the value, else from the item name and JSON key', () => {
    expect(envNameFor({ key: 'spring.datasource.password', itemName: 'x', kind: 'password' })).toBe('SPRING_DATASOURCE_PASSWORD');
    expect(envNameFor({ key: 'datadogApiKey', itemName: 'x', kind: 'api-key' })).toBe('DATADOG_API_KEY');
    expect(envNameFor({ key: 'password', itemName: 'shop/prod/shop-db', jsonKey: 'password', kind: 'db-password' })).toBe('SHOP_DB_PASSWORD');
    expect(envNameFor({ itemName: '/app/prod/api', kind: 'api-key' })).toBe('API');
    expect(envNameFor({ key: '2fa secret', itemName: '', kind: 'secret' })).toBe('SECRET_2FA_SECRET');
  });

  it('give the AWS SDK credential fields the SDK\'s own variable names', () => {
    expect(envNameFor({ key: 'accessKeyId', itemName: 'x', kind: 'aws-access-key' })).toBe('AWS_ACCESS_KEY_ID');
    expect(envNameFor({ key: 'secretAccessKey', itemName: 'x', kind: 'api-key' })).toBe('AWS_SECRET_ACCESS_KEY');
    expect(envNameFor({ key: 'AWS_SECRET_ACCESS_KEY', itemName: 'x', kind: 'aws-secret-key' })).toBe('AWS_SECRET_ACCESS_KEY');
  });
});

describe('Spring Boot YAML', () => {
  it('names each variable after the whole property path, which Spring binds from the environment', async () => {
    const base = mkdtempSync(join(tmpdir(), 'unleak-plan-spring-'));
    try {
      const root = join(base, 'repo');
      mkdirSync(join(root, 'src/main/resources'), { recursive: true });
      writeFileSync(join(root, 'src/main/resources/application.yml'), `spring:\n  datasource:\n    username: billing\n    password: ${dbPassword}\n`);
      const { plan } = await createPlan({ root, planRoot: 'repo' });
      const names = plan.items.flatMap((i) => i.members.map((m) => m.envName));
      expect(names).toContain('SPRING_DATASOURCE_PASSWORD');
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});

describe('one name per value across files', () => {
  let base: string;
  let plan: Plan;
  const accessKeyId = 'AKIA' + fake.upper(16, 'plan-akid');
  const secretKey = fake.base64(40, 'plan-aws-secret');

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'unleak-plan-names-'));
    const root = join(base, 'repo');
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, '.env'), `STRIPE_SECRET_KEY=${stripe}\n`);
    writeFileSync(join(root, 'src/pay.ts'), `export const stripeKey = '${stripe}';\n`);
    writeFileSync(join(root, '.gitlab-ci.yml'), `variables:\n  AWS_ACCESS_KEY_ID: ${accessKeyId}\n  AWS_SECRET_ACCESS_KEY: ${secretKey}\n\ntest:\n  script:\n    - make test\n`);
    writeFileSync(join(root, 'src/settings.py'), `AWS_ACCESS_KEY_ID = "${accessKeyId}"\nAWS_SECRET_ACCESS_KEY = "${secretKey}"\n`);
    writeFileSync(
      join(root, 'docker-compose.yml'),
      `services:\n  web:\n    environment:\n      - DATABASE_URL=postgres://store:${dbPassword}@db:5432/store\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "${dbPassword}"\n`,
    );
    plan = (await createPlan({ root, planRoot: 'repo' })).plan;
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  it('prefers the variable an env-defining file already sets over a name made from a code identifier', () => {
    const pay = plan.items.find((i) => i.members.some((m) => m.file === 'src/pay.ts'));
    expect(pay?.members.map((m) => m.envName)).toEqual(['STRIPE_SECRET_KEY', 'STRIPE_SECRET_KEY']);
  });

  it('does not let a removed credential take the name a stored copy of it needs', () => {
    const envNames = plan.items.filter((i) => i.store !== 'remove').flatMap((i) => i.members.filter((m) => m.file === 'src/settings.py').map((m) => m.envName));
    expect(envNames.sort()).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
    expect(plan.items.some((i) => i.store === 'remove')).toBe(true);
  });

  it('names a password spliced into a compose URL after the password, not after the URL', () => {
    const urlMember = plan.items.flatMap((i) => i.members).find((m) => m.file === 'docker-compose.yml' && m.line === 4);
    expect(urlMember?.partKeys).toBeDefined();
    expect(urlMember?.envName).toBe('POSTGRES_PASSWORD');
  });

  it('counts env-defining files twice and breaks ties by first occurrence', () => {
    const names = preferredEnvNames([
      { owner: '', wanted: 'STRIPE_KEY', fileKind: 'cloudformation' },
      { owner: '', wanted: 'STRIPE_KEY', fileKind: 'typescript' },
      { owner: '', wanted: 'STRIPE_SECRET_KEY', fileKind: 'dotenv' },
      { owner: 'password', wanted: 'DB_PASSWORD', fileKind: 'python' },
      { owner: 'password', wanted: 'PGPASSWORD', fileKind: 'java' },
    ]);
    expect(names).toEqual(new Map([['', 'STRIPE_KEY'], ['password', 'DB_PASSWORD']]));
  });
});
