import { describe, expect, it } from 'vitest';
import type { WritableStoreKind } from '@unleak/stores';
import { harness, item } from './helpers.js';

const KINDS: WritableStoreKind[] = ['ssm-secure', 'ssm-string', 'secrets-manager', 'vault'];
const nameFor = (kind: WritableStoreKind, i: number) => (kind === 'vault' ? `batch/app${i}/token` : kind === 'secrets-manager' ? `batch/app${i}/token` : `/batch/${kind}/app${i}/token`);

describe('writers under injected faults (throttling, responses dropped after commit)', () => {
  it.each([7, 21])('a batch converges with exactly one version per item (seed %i)', async (seed) => {
    const h = await harness({ faults: `throttle=0.3,drop-after-commit=0.2,error500=0.05,seed=${seed}` });
    try {
      const items = KINDS.flatMap((kind) => Array.from({ length: 5 }, (_, i) => item(kind, nameFor(kind, i))));
      for (const it of items) {
        const result = await h.stores[it.store].put(it);
        expect(result.verified).toBe(true);
        expect(result.outcome).toBe('created');
      }
      const state = h.sandbox.state();
      expect(state.faults.throttle).toBeGreaterThan(0);
      expect(state.faults.dropAfterCommit).toBeGreaterThan(0);
      for (const p of state.parameters.filter((p) => p.name.startsWith('/batch/'))) expect(p.versions, p.name).toEqual([1]);
      for (const s of state.secrets.filter((s) => s.name.startsWith('batch/'))) expect(s.versions, s.name).toHaveLength(1);
      for (const e of state.vault.filter((e) => e.path.startsWith('batch/'))) {
        expect(e.versions, e.path).toHaveLength(1);
        expect(e.customMetadata?.['managed-by']).toBe('unleak');
      }
      expect(state.parameters.filter((p) => p.name.startsWith('/batch/'))).toHaveLength(10);
      expect(state.secrets.filter((s) => s.name.startsWith('batch/'))).toHaveLength(5);
      expect(state.vault.filter((e) => e.path.startsWith('batch/'))).toHaveLength(5);
      for (const it of items) expect((await h.stores[it.store].get(it.name))?.reveal()).toBe(it.raw);

      // Re-running the same plan is a no-op; overwriting adds exactly one version each.
      for (const it of items) await expect(h.stores[it.store].put(it)).resolves.toMatchObject({ outcome: 'unchanged' });
      for (const kind of KINDS) {
        const next = item(kind, nameFor(kind, 0));
        await expect(h.stores[kind].put(next, { overwrite: true })).resolves.toMatchObject({ outcome: 'updated' });
      }
      const after = h.sandbox.state();
      expect(after.parameters.find((p) => p.name === nameFor('ssm-secure', 0))?.versions).toEqual([1, 2]);
      expect(after.parameters.find((p) => p.name === nameFor('ssm-string', 0))?.versions).toEqual([1, 2]);
      expect(after.secrets.find((s) => s.name === nameFor('secrets-manager', 0))?.versions).toHaveLength(2);
      expect(after.vault.find((e) => e.path === nameFor('vault', 0))?.versions).toHaveLength(2);
    } finally {
      await h.close();
    }
  });

  it('overwrites whose responses are lost add exactly one version each (read back, never resent blindly)', async () => {
    const h = await harness({ faults: 'drop-after-commit=0.5,seed=11' });
    try {
      for (const kind of KINDS) {
        for (let i = 0; i < 4; i++) await h.stores[kind].put(item(kind, nameFor(kind, i)));
        for (let i = 0; i < 4; i++) await expect(h.stores[kind].put(item(kind, nameFor(kind, i)), { overwrite: true })).resolves.toMatchObject({ outcome: 'updated' });
      }
      const state = h.sandbox.state();
      expect(state.faults.dropAfterCommit).toBeGreaterThan(8);
      for (const p of state.parameters) expect(p.versions, p.name).toEqual([1, 2]);
      for (const s of state.secrets) expect(s.versions, s.name).toHaveLength(2);
      for (const e of state.vault) expect(e.versions, e.path).toHaveLength(2);
    } finally {
      await h.close();
    }
  });

  it('persistent throttling is reported once retries run out, naming the action', async () => {
    const h = await harness({ faults: 'throttle=1,seed=3', settings: { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } } });
    try {
      await expect(h.stores['ssm-secure'].put(item('ssm-secure', '/throttled/x'))).rejects.toThrow(/ssm:GetParameter was still throttled after 3 attempts/);
      await expect(h.stores.vault.put(item('vault', 'throttled/x'))).rejects.toThrow(/still throttled after 3 attempts/);
    } finally {
      await h.close();
    }
  });
});
