import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fake, InterruptedError, type Plan } from '@unleak/core';
import { startSandbox, type Sandbox } from '@unleak/sandbox';
import type { Stores } from '@unleak/stores';
import { applyPlan, buildPlan, createPlan, Journal, rollbackPlan, type ApplyEvent } from '@unleak/migrate';
import { classifyAll } from '@unleak/classifier';
import { scan } from '@unleak/scanner';
import { holds, storeReader, storesFor } from './helpers.js';

const values = {
  db: fake.password(20, 'engine-db'),
  stripe: 'sk_' + 'live_' + fake.alnum(32, 'engine-stripe'),
  mailgun: 'key-' + fake.hex(32, 'engine-mailgun'),
};

describe('applyPlan', () => {
  let base: string;
  let root: string;
  let sandbox: Sandbox;
  let stores: Stores;
  let plan: Plan;

  beforeEach(async () => {
    base = mkdtempSync(join(tmpdir(), 'unleak-engine-'));
    root = join(base, 'repo');
    mkdirSync(join(root, 'billing'), { recursive: true });
    writeFileSync(join(root, '.env'), `DB_HOST=db.internal\nDB_USER=shop\nDB_PASSWORD=${values.db}\nSTRIPE_SECRET_KEY=${values.stripe}\n`);
    writeFileSync(join(root, 'billing/settings.py'), `import logging\n\nMAILGUN_API_KEY = "${values.mailgun}"\n`);
    sandbox = await startSandbox({ port: 0 });
    stores = storesFor(sandbox, root);
    plan = (await createPlan({ root })).plan;
  });
  afterEach(async () => {
    stores.close();
    await sandbox.close();
    await rm(base, { recursive: true, force: true });
  });

  const itemWith = (file: string) => plan.items.find((i) => i.members.some((m) => m.file === file));

  it('reports each item as write → verify → stored, then each file, in that order', async () => {
    const events: ApplyEvent[] = [];
    await applyPlan(plan, { root, stores }, { onProgress: (e) => events.push(e) });
    const py = itemWith('billing/settings.py');
    const phases = events.filter((e) => e.type === 'item' && e.item === py?.id).map((e) => (e.type === 'item' ? e.phase : ''));
    expect(phases).toEqual(['write', 'verify', 'stored']);
    const lastItem = events.findLastIndex((e) => e.type === 'item');
    const firstFile = events.findIndex((e) => e.type === 'file');
    expect(firstFile).toBeGreaterThan(lastItem);
    expect(events.filter((e) => e.type === 'file' && e.phase === 'rewritten').map((e) => (e.type === 'file' ? e.file : ''))).toEqual(
      expect.arrayContaining(['.env', 'billing/settings.py']),
    );
  });

  it('skips an item whose value changed since the plan, naming file:line, and migrates the rest', async () => {
    writeFileSync(join(root, 'billing/settings.py'), `import logging\n\nMAILGUN_API_KEY = "key-${fake.hex(32, 'engine-other-mailgun')}"\n`);
    const result = await applyPlan(plan, { root, stores });
    const py = result.items.find((i) => i.id === itemWith('billing/settings.py')?.id);
    expect(py?.status).toBe('skipped');
    expect(py?.message).toMatch(/^skipped: billing\/settings\.py:3: the value there changed since the plan was made/);
    expect(result.items.filter((i) => i.status === 'created').length).toBeGreaterThan(0);
    expect(readFileSync(join(root, 'billing/settings.py'), 'utf8')).toContain('MAILGUN_API_KEY = "key-');
  });

  it('stops after the item in flight on abort (InterruptedError, exit 130) and resumes to completion', async () => {
    const controller = new AbortController();
    let error: unknown;
    try {
      await applyPlan(plan, { root, stores }, { signal: controller.signal, onProgress: (e) => e.type === 'item' && e.phase === 'stored' && controller.abort() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as InterruptedError).exitCode).toBe(130);
    expect((error as Error).message).toMatch(/^interrupted after 1 of \d+ items; every secret is in its source or its store/);
    const journal = new Journal(join(root, '.unleak/journal'), plan.id).read();
    expect(journal.filter((l) => l.step === 'item-stored')).toHaveLength(1);
    expect(readFileSync(join(root, '.env'), 'utf8')).toContain(values.db);
    const resumed = await applyPlan(plan, { root, stores });
    expect(resumed.items.filter((i) => i.status === 'already')).toHaveLength(1);
    expect(readFileSync(join(root, '.env'), 'utf8')).not.toContain(values.db);
  });

  it('--only writes just those items and rewrites only their occurrences; a later run finishes the file', async () => {
    const stripeItem = plan.items.find((i) => i.members.some((m) => m.envName === 'STRIPE_SECRET_KEY'));
    if (!stripeItem) throw new Error('no stripe item');
    const first = await applyPlan(plan, { root, stores }, { only: [stripeItem.id] });
    expect(first.items.map((i) => i.id)).toEqual([stripeItem.id]);
    const env = readFileSync(join(root, '.env'), 'utf8');
    expect(env).not.toContain(values.stripe);
    expect(env).toContain(values.db);
    await applyPlan(plan, { root, stores });
    expect(readFileSync(join(root, '.env'), 'utf8')).not.toContain(values.db);
    const reader = await storeReader(sandbox);
    try {
      const db = plan.items.find((i) => i.members.some((m) => m.envName === 'DB_PASSWORD'));
      expect(holds(await reader.read(db?.store ?? '', db?.name ?? ''), values.db)).toBe(true);
    } finally {
      reader.close();
    }
    // rollback after two runs restores the original, not the state between them
    await rollbackPlan(plan, { root, stores });
    expect(readFileSync(join(root, '.env'), 'utf8')).toContain(values.stripe);
  });

  it('rollback keeps a file edited after apply, and the store entries it uses', async () => {
    await applyPlan(plan, { root, stores });
    writeFileSync(join(root, 'billing/settings.py'), `${readFileSync(join(root, 'billing/settings.py'), 'utf8')}# edited\n`);
    const result = await rollbackPlan(plan, { root, stores });
    expect(result.files.find((f) => f.file === 'billing/settings.py')).toMatchObject({ outcome: 'kept' });
    const py = itemWith('billing/settings.py');
    expect(result.stores.find((s) => s.item === py?.id)).toMatchObject({ outcome: 'kept' });
    expect(readFileSync(join(root, '.env'), 'utf8')).toContain(values.db);
  });

  it('takes decisions from an interactive session (store, name, skip) without a plan file', async () => {
    const { detections } = await scan({ root });
    const classification = classifyAll(detections);
    const py = classification.items.find((i) => i.members.some((m) => m.file === 'billing/settings.py'));
    const skipped = classification.items.find((i) => i !== py);
    if (!py || !skipped) throw new Error('expected two items');
    const decided = buildPlan({ detections, classification, root, decisions: { [py.id]: { store: 'vault', name: 'billing/mailgun' }, [skipped.id]: { skip: true } } });
    expect(decided.items.find((i) => i.id === py.id)).toMatchObject({ store: 'vault', name: 'billing/mailgun', reference: 'secret/data/billing/mailgun' });
    const result = await applyPlan(decided, { root, stores });
    expect(result.items.find((i) => i.id === py.id)?.status).toBe('created');
    expect(result.items.some((i) => i.id === skipped.id)).toBe(false);
    expect(sandbox.state().vault.map((v) => v.path)).toContain('billing/mailgun');
  });

  it('dry run writes nothing: no store call, no file, no journal', async () => {
    const result = await applyPlan(plan, { root, stores }, { dryRun: true });
    expect(result.items.every((i) => i.status === 'would-write')).toBe(true);
    expect(result.files.map((f) => f.file).sort()).toEqual(['.env', 'billing/settings.py']);
    expect(result.files.map((f) => f.diff).join('\n')).not.toContain(values.mailgun);
    expect(JSON.stringify(result)).not.toContain(values.db);
    expect(Object.keys(sandbox.state().requests).filter((k) => !k.startsWith('sts.'))).toEqual([]);
    expect(() => readFileSync(join(root, '.unleak/journal'))).toThrow();
  });

  it('dry run masks a skipped secret that sits in a diff context line', async () => {
    const skipDb = { ...plan, items: plan.items.map((i) => (i.members.some((m) => m.key === 'DB_PASSWORD') ? { ...i, skip: true } : i)) };
    const result = await applyPlan(skipDb, { root, stores }, { dryRun: true });
    const envDiff = result.files.find((f) => f.file === '.env')?.diff ?? '';
    expect(envDiff).toContain(' DB_PASSWORD=');
    expect(envDiff).not.toContain(values.db);
    expect(envDiff).not.toContain(values.stripe);
  });
});
