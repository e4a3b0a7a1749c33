import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '@unleak/core';
import { createStores, FileAuditLog, type AuditRecord, type WritableStoreKind } from '@unleak/stores';
import { FAST_RETRY, harness, item, type Harness } from './helpers.js';

describe('FileAuditLog', () => {
  it('creates the directory and appends one JSON line per event with a timestamp', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unleak-audit-'));
    try {
      const log = new FileAuditLog(join(dir, '.unleak', 'audit.log'), () => new Date('2026-01-02T03:04:05.000Z'));
      log.append({ op: 'put', store: 'vault', name: 'app/db', result: 'created', fingerprint: 'f1' });
      log.append({ op: 'verify', store: 'vault', name: 'app/db', result: 'verified', version: '1' });
      const lines = readFileSync(log.path, 'utf8').trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      expect(JSON.parse(lines[0] ?? '')).toEqual({ time: '2026-01-02T03:04:05.000Z', op: 'put', store: 'vault', name: 'app/db', result: 'created', fingerprint: 'f1' });
      expect(JSON.parse(lines[1] ?? '')).toMatchObject({ op: 'verify', version: '1' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('audit trail of the writers', () => {
  let h: Harness;
  const secrets: string[] = [];
  const errors: string[] = [];
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => h.close());

  const names: Record<WritableStoreKind, string> = { 'ssm-secure': '/audit/db', 'ssm-string': '/audit/url', 'secrets-manager': 'audit/api', vault: 'audit/token' };

  it('logs every put, verify and remove — with identity, ref, version and fingerprint — and never a value', async () => {
    const kinds = Object.keys(names) as WritableStoreKind[];
    for (const kind of kinds) {
      const first = item(kind, names[kind]);
      const second = item(kind, names[kind]);
      secrets.push(first.raw, second.raw);
      await h.stores[kind].put(first);
      await h.stores[kind].put(first);
      await h.stores[kind].put(second).catch((e: StoreError) => errors.push(e.message));
      await h.stores[kind].put(second, { overwrite: true });
      await h.stores[kind].remove(names[kind], { force: true });
    }
    const records = h.audit.records;
    for (const kind of kinds) {
      const mine = records.filter((r) => r.store === kind);
      expect(mine.map((r) => `${r.op}:${r.result}`), kind).toEqual([
        'put:created',
        'verify:verified',
        'put:unchanged',
        'verify:verified',
        'put:conflict',
        'put:updated',
        'verify:verified',
        'remove:removed',
      ]);
      for (const r of mine) {
        expect(r.time).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(r.name).toBe(names[kind]);
        expect(r.ref).toBeTruthy();
      }
      expect(mine.filter((r) => r.op === 'verify').every((r) => r.version !== undefined && r.fingerprint !== undefined)).toBe(true);
    }
    const ssmCreate = records.find((r) => r.store === 'ssm-secure' && r.result === 'created') as AuditRecord;
    expect(ssmCreate.identity).toMatch(/^arn:aws:(iam|sts)::/);
    expect(ssmCreate.ref).toBe(`arn:aws:ssm:${h.sandbox.region}:${h.sandbox.accountId}:parameter/audit/db`);
    expect(records.find((r) => r.store === 'vault')?.identity).toMatch(/^vault:/);
    expect(records.find((r) => r.result === 'conflict')?.error?.code).toBe('Conflict');
  });

  it('refusals are logged too', async () => {
    const stores = createStores({ retry: FAST_RETRY }, { ...h.sandbox.env, VAULT_TOKEN: 'nope' }, h.audit);
    const bad = item('vault', 'audit/denied');
    secrets.push(bad.raw);
    await stores.vault.put(bad).catch((e: StoreError) => errors.push(e.message));
    expect(h.audit.records.at(-1)).toMatchObject({ op: 'put', store: 'vault', result: 'failed', error: { code: 'AccessDenied' } });
    await fetch(`${h.sandbox.url}/v1/secret/data/audit/theirs`, {
      method: 'POST',
      headers: { 'X-Vault-Token': h.sandbox.vaultToken, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { value: 'theirs' } }),
    });
    await h.stores.vault.remove('audit/theirs').catch((e: StoreError) => errors.push(e.message));
    expect(h.audit.records.at(-1)).toMatchObject({ op: 'remove', store: 'vault', result: 'refused', error: { code: 'NotManaged' } });
  });

  it('no generated secret value appears in the log or in any error message', () => {
    const text = h.audit.text();
    expect(secrets.length).toBeGreaterThan(8);
    expect(errors.length).toBeGreaterThan(4);
    for (const secret of secrets) {
      expect(text.includes(secret)).toBe(false);
      for (const message of errors) expect(message.includes(secret)).toBe(false);
    }
  });
});
