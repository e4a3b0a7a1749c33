import { describe, expect, it } from 'vitest';
import { fake, SecretValue } from '@unleak/core';
import { createStores, MemoryAuditLog, type StoreItem, type WritableStoreKind } from '@unleak/stores';

/**
 * Opt-in: real AWS (UNLEAK_LIVE_AWS=1, with the usual AWS_PROFILE / AWS_REGION, or LocalStack through
 * AWS_ENDPOINT_URL) and real Vault (UNLEAK_LIVE_VAULT=1 with VAULT_ADDR and VAULT_TOKEN). Everything it
 * creates lives under an `unleak-live/<run>` prefix and is removed at the end.
 */
const liveAws = process.env.UNLEAK_LIVE_AWS === '1';
const liveVault = process.env.UNLEAK_LIVE_VAULT === '1' && Boolean(process.env.VAULT_ADDR);
if (!liveAws) console.info('stores live AWS suite skipped: set UNLEAK_LIVE_AWS=1 (and AWS_PROFILE/AWS_REGION) to run it against real AWS');
if (!liveVault) console.info('stores live Vault suite skipped: set UNLEAK_LIVE_VAULT=1 with VAULT_ADDR and VAULT_TOKEN to run it against real Vault');

const run = `${Date.now().toString(36)}${fake.lower(4, String(process.pid))}`;

let made = 0;

function liveItem(store: WritableStoreKind, name: string): StoreItem & { raw: string } {
  const raw = `${fake.password(24, `${run}:${name}:${made++}`)}Q7`;
  return { store, name, value: new SecretValue(raw), fingerprint: fake.hex(16, name), planId: `live-${run}`, source: 'test/live.test.ts:1', raw };
}

async function roundTrip(kind: WritableStoreKind, name: string): Promise<void> {
  const audit = new MemoryAuditLog();
  const stores = createStores({}, process.env, audit);
  const store = stores[kind];
  const first = liveItem(kind, name);
  try {
    expect(await store.put(first)).toMatchObject({ outcome: 'created', verified: true });
    expect(await store.put(first)).toMatchObject({ outcome: 'unchanged' });
    await expect(store.put(liveItem(kind, name))).rejects.toMatchObject({ code: 'Conflict' });
    expect((await store.get(name))?.reveal()).toBe(first.raw);
    expect((await store.describe(name))?.managedByUnleak).toBe(true);
  } finally {
    await store.remove(name, { force: true }).catch(() => undefined);
    stores.close();
  }
  expect(audit.text()).not.toContain(first.raw);
}

describe.skipIf(!liveAws)('live AWS', () => {
  it('SSM SecureString round trip', () => roundTrip('ssm-secure', `/unleak-live/${run}/token`), 60_000);
  it('Secrets Manager round trip', () => roundTrip('secrets-manager', `unleak-live/${run}/token`), 60_000);
});

describe.skipIf(!liveVault)('live Vault', () => {
  it('KV v2 round trip', () => roundTrip('vault', `unleak-live/${run}/token`), 60_000);
});
