import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, fake, validatePlan, type Plan } from '@unleak/core';
import { createPlan, envNameFor, formatPlan, parsePlanText, readPlanFile, writePlanFile } from '@unleak/migrate';
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
});
