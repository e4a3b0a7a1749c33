import { fake, SecretValue } from '@unleak/core';
import { startSandbox, type Sandbox } from '@unleak/sandbox';
import { createStores, MemoryAuditLog, type StoreItem, type StoreSettings, type Stores, type WritableStoreKind } from '@unleak/stores';

export interface Harness {
  sandbox: Sandbox;
  stores: Stores;
  audit: MemoryAuditLog;
  close(): Promise<void>;
}

/** Tests wait milliseconds, not seconds, between retries. */
export const FAST_RETRY = { maxAttempts: 12, baseDelayMs: 2, maxDelayMs: 20 };

/** A sandbox plus stores built by the production factory, pointed at it through the environment. */
export async function harness(options: { faults?: string; settings?: StoreSettings; env?: Record<string, string> } = {}): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, ...(options.faults !== undefined ? { faults: options.faults } : {}) });
  const audit = new MemoryAuditLog();
  const stores = createStores({ retry: FAST_RETRY, ...options.settings }, { ...sandbox.env, ...options.env }, audit);
  return {
    sandbox,
    stores,
    audit,
    async close() {
      stores.close();
      await sandbox.close();
    },
  };
}

// The SDK's Node 22 notice is noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

let counter = 0;

/** A fresh fake secret and item; the value exists only at test time. */
export function item(store: WritableStoreKind, name: string, overrides: Partial<StoreItem> & { raw?: string } = {}): StoreItem & { raw: string } {
  const raw = overrides.raw ?? `${fake.password(20, `${name}:${counter++}`)}Zz9`;
  const { raw: _ignored, ...rest } = overrides;
  return {
    store,
    name,
    value: new SecretValue(raw),
    fingerprint: fake.hex(16, `fp:${name}:${raw.length}`),
    planId: 'plan-test-1',
    source: 'src/config.ts:12',
    ...rest,
    raw,
  };
}
