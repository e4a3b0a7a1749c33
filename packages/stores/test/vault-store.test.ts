import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake, StoreError } from '@unleak/core';
import { createStores, MemoryAuditLog } from '@unleak/stores';
import { FAST_RETRY, harness, item, type Harness } from './helpers.js';

describe('Vault KV v2 writer (against the sandbox)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => h.close());

  const vault = () => h.stores.vault;
  const entry = (path: string, namespace = '') => h.sandbox.state().vault.find((e) => e.path === path && e.namespace === namespace);

  it('creates with cas=0, sets custom_metadata, references secret/data/<path>', async () => {
    const it1 = item('vault', 'app/prod/db');
    const result = await vault().put(it1);
    expect(result).toMatchObject({ outcome: 'created', version: '1', verified: true, reference: 'secret/data/app/prod/db', path: 'secret/data/app/prod/db' });
    expect(entry('app/prod/db')?.customMetadata).toMatchObject({ 'managed-by': 'unleak', 'unleak:fingerprint': it1.fingerprint, 'unleak:plan': 'plan-test-1', 'unleak:source': 'src/config.ts:12' });
    expect((await vault().get(it1.name))?.reveal()).toBe(it1.raw);
  });

  it('stores a JSON object as keys and reads it back', async () => {
    const password = fake.password(16, 'vault-db');
    const it1 = item('vault', 'app/prod/grouped', { raw: JSON.stringify({ username: 'app', password }) });
    await vault().put(it1);
    expect(JSON.parse((await vault().get(it1.name))?.reveal() ?? '{}')).toEqual({ username: 'app', password });
  });

  it('CAS create-only: unchanged no-op, Conflict on a different value, overwrite writes version 2', async () => {
    const first = item('vault', 'app/prod/cas');
    await vault().put(first);
    await expect(vault().put(first)).resolves.toMatchObject({ outcome: 'unchanged', version: '1' });
    const second = item('vault', 'app/prod/cas');
    const error = await vault().put(second).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('Conflict');
    expect((error as StoreError).message).toMatch(/secret\/data\/app\/prod\/cas.*--overwrite/);
    await expect(vault().put(second, { overwrite: true })).resolves.toMatchObject({ outcome: 'updated', version: '2' });
    expect(entry('app/prod/cas')?.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('writes into VAULT_NAMESPACE and a configured mount', async () => {
    const ns = await harness({ env: { VAULT_NAMESPACE: 'team-a' } });
    try {
      const it1 = item('vault', 'app/ns-only');
      await ns.stores.vault.put(it1);
      expect(ns.sandbox.state().vault.find((e) => e.path === 'app/ns-only')?.namespace).toBe('team-a');
      const root = createStores({ retry: FAST_RETRY }, { ...ns.sandbox.env }, new MemoryAuditLog());
      expect(await root.vault.exists('app/ns-only')).toBe(false);
      expect(await ns.stores.vault.exists('app/ns-only')).toBe(true);
    } finally {
      await ns.close();
    }
    const mounted = await harness({ settings: { vault: { mount: 'kv' } } });
    try {
      expect(mounted.stores.vault.reference('app/x')).toBe('kv/data/app/x');
    } finally {
      await mounted.close();
    }
  });

  it('refuses to write without an explicit address', async () => {
    const stores = createStores({}, { VAULT_TOKEN: 'x' }, new MemoryAuditLog());
    const error = await stores.vault.put(item('vault', 'app/no-addr')).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('VaultAddressMissing');
    expect((error as StoreError).message).toMatch(/VAULT_ADDR/);
  });

  it('a wrong token is AccessDenied naming the path and the policy fix', async () => {
    const stores = createStores({ retry: FAST_RETRY }, { ...h.sandbox.env, VAULT_TOKEN: 'wrong-token' }, new MemoryAuditLog());
    const error = await stores.vault.put(item('vault', 'app/denied')).catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('AccessDenied');
    expect((error as StoreError).message).toMatch(/secret\/data\/app\/denied.*VAULT_TOKEN/);
  });

  it('validates paths before any call', async () => {
    await expect(vault().put(item('vault', 'secret/data/app/db'))).rejects.toThrow(/inside mount 'secret'/);
    await expect(vault().put(item('vault', '/app/db'))).rejects.toThrow(/starts or ends with '\/'/);
    await expect(vault().get('app/a b')).rejects.toThrow(/has a space/);
  });

  it('remove deletes managed secrets and refuses others', async () => {
    const ours = item('vault', 'app/prod/remove');
    await vault().put(ours);
    expect(await vault().remove(ours.name)).toBe('removed');
    expect(await vault().exists(ours.name)).toBe(false);
    const res = await fetch(`${h.sandbox.url}/v1/secret/data/app/prod/theirs`, {
      method: 'POST',
      headers: { 'X-Vault-Token': h.sandbox.vaultToken, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { value: 'theirs' } }),
    });
    expect(res.status).toBe(200);
    const error = await vault().remove('app/prod/theirs').catch((e: unknown) => e);
    expect((error as StoreError).code).toBe('NotManaged');
    expect((error as StoreError).message).toMatch(/custom_metadata/);
    expect(await vault().exists('app/prod/theirs')).toBe(true);
  });
});
